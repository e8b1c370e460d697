package dev.ddbchanges.converter.record;

import java.math.BigDecimal;

/**
 * DynamoDB numbers travel as strings of up to 38 significant digits; a double would round them, so they are copied to
 * the output as JSON number tokens, digit for digit. Only what DynamoDB can hold is accepted: anything else would
 * either not be a JSON number or be one no reader can use (Jackson, for one, refuses numbers over 1000 characters).
 */
final class DynamoDbNumbers {

    /** DynamoDB's precision. */
    static final int MAX_SIGNIFICANT_DIGITS = 38;
    /** DynamoDB's smallest positive magnitude is 1E-130 and its largest below 1E+126. */
    static final int MIN_EXPONENT = -130;

    static final int MAX_EXPONENT = 125;
    /**
     * Longer text cannot be a DynamoDB number even when written without an exponent (1E-130 with 38 digits and a sign
     * is 170 characters); checked first so hostile input costs nothing.
     */
    static final int MAX_TEXT_LENGTH = 200;

    private DynamoDbNumbers() {}

    /** True when {@code text} is an RFC 8259 JSON number whose value DynamoDB can store. */
    static boolean isValid(String text) {
        if (text.length() > MAX_TEXT_LENGTH || !isJsonNumber(text)) {
            return false;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException exponentBeyondInt) {
            // A syntactically valid number whose exponent does not fit an int is far outside DynamoDB's range.
            return false;
        }
        if (value.signum() == 0) {
            return true;
        }
        BigDecimal significant = value.stripTrailingZeros();
        long exponent = (long) significant.precision() - significant.scale() - 1;
        return significant.precision() <= MAX_SIGNIFICANT_DIGITS
                && exponent >= MIN_EXPONENT
                && exponent <= MAX_EXPONENT;
    }

    /** RFC 8259 section 6: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}, ASCII digits only. */
    static boolean isJsonNumber(CharSequence s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n) {
            return false;
        }
        if (s.charAt(i) == '0') {
            i++;
        } else if (isDigit(s.charAt(i))) {
            i = skipDigits(s, i);
        } else {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            i = skipDigits(s, i);
            if (i == start) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            i = skipDigits(s, i);
            if (i == start) {
                return false;
            }
        }
        return i == n;
    }

    private static int skipDigits(CharSequence s, int i) {
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
