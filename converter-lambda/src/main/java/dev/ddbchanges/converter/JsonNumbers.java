package dev.ddbchanges.converter;

import java.math.BigDecimal;

/**
 * DynamoDB numbers travel as strings of up to 38 significant digits; a double would round them. They are written to
 * the output as JSON number tokens with the original digits.
 */
final class JsonNumbers {

    private JsonNumbers() {
    }

    /**
     * The JSON number token for a DynamoDB {@code N} string: the text itself when it already is one (DynamoDB sends
     * numbers in canonical form), otherwise the exact {@link BigDecimal} rendering; null when it is not a number.
     */
    static String toJsonNumber(String text) {
        if (isJsonNumber(text)) {
            return text;
        }
        try {
            return new BigDecimal(text).toString();
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** RFC 8259 section 6: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
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
