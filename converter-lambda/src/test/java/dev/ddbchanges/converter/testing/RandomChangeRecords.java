package dev.ddbchanges.converter.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generator of change records: valid ones with random items of every attribute type (and the plain JSON each
 * must become, built here independently of the converter), and invalid ones of several kinds.
 */
public final class RandomChangeRecords {

    /**
     * A generated record; the expected images are the plain JSON text each image must become, null when the record
     * has no such image or is invalid.
     */
    public record Generated(
            byte[] data,
            boolean valid,
            String pk,
            String eventName,
            long eventTimeMicros,
            String expectedNewImage,
            String expectedOldImage) {}

    private static final String[] EVENT_NAMES = {"INSERT", "MODIFY", "REMOVE"};

    private static final String[] ALPHABET = {
        "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u0001", "ü", "東", "🚀", "é", "#", "-"
    };
    private static final String[] TYPES = {"S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS"};
    /** The common shape the direct transcoder takes: printable ASCII (and DEL) without quotes or backslashes. */
    private static final String[] COMMON_ALPHABET = {
        "a", "Z", "0", " ", "/", "#", "-", "~", "{", "}", ":", ",", "\u007f"
    };
    /** Every type but the binary ones, first the five scalar types as in TYPES. */
    private static final String[] COMMON_TYPES = {"S", "N", "BOOL", "NULL", "S", "M", "L", "SS", "NS"};

    private final Random random;
    private final String[] alphabet;
    private final String[] types;

    public RandomChangeRecords(long seed) {
        this(seed, false);
    }

    /** With {@code commonShape}, valid records are ASCII without escapes or binary values (numbers still vary). */
    public RandomChangeRecords(long seed, boolean commonShape) {
        this.random = new Random(seed);
        this.alphabet = commonShape ? COMMON_ALPHABET : ALPHABET;
        this.types = commonShape ? COMMON_TYPES : TYPES;
    }

    public Generated next() {
        int kind = random.nextInt(10);
        if (kind == 0) {
            byte[] garbage = new byte[random.nextInt(200)];
            random.nextBytes(garbage);
            return new Generated(garbage, false, null, null, 0, null, null);
        }
        String pk = string(1 + random.nextInt(20));
        String eventName = EVENT_NAMES[random.nextInt(EVENT_NAMES.length)];
        Twin newImage = eventName.equals("REMOVE") ? null : new Twin();
        Twin oldImage = eventName.equals("INSERT") ? null : new Twin();
        StringBuilder images = new StringBuilder();
        if (newImage != null) {
            map(newImage, 0, pk);
            images.append(",\"NewImage\":").append(newImage.typed);
        }
        if (oldImage != null) {
            map(oldImage, 0, pk);
            images.append(",\"OldImage\":").append(oldImage.typed);
        }
        long millis = 1_700_000_000_000L + random.nextInt(1_000_000_000);
        boolean micros = random.nextBoolean();
        long timestamp = micros ? millis * 1000 + random.nextInt(1000) : millis;
        String record = "{\"awsRegion\":\"eu-west-1\",\"eventID\":\"" + Long.toHexString(random.nextLong())
                + "\",\"eventName\":\"" + (kind == 1 ? "UPSERT" : eventName) + "\",\"userIdentity\":null,"
                + "\"recordFormat\":\"application/json\",\"tableName\":\"items\",\"dynamodb\":{"
                + "\"ApproximateCreationDateTime\":" + timestamp + ",\"Keys\":{\"pk\":{\"S\":" + escaped(quote(pk))
                + "}}"
                + images + ",\"SizeBytes\":" + random.nextInt(400_000) + "},\"eventSource\":\"aws:dynamodb\"}";
        boolean valid = kind != 1;
        if (kind == 2) {
            record = record.replaceFirst("\\{\"S\":", "{\"Q\":");
            valid = false;
        }
        return new Generated(
                record.getBytes(StandardCharsets.UTF_8),
                valid,
                pk,
                eventName,
                micros ? timestamp : timestamp * 1000,
                valid && newImage != null ? newImage.plain.toString() : null,
                valid && oldImage != null ? oldImage.plain.toString() : null);
    }

    public String recordId() {
        return random.nextInt(4) == 0
                ? string(random.nextInt(12))
                : Long.toUnsignedString(random.nextLong()) + "000000";
    }

    /** The typed DynamoDB JSON and the plain JSON it must become, written side by side. */
    private static final class Twin {
        final StringBuilder typed = new StringBuilder();
        final StringBuilder plain = new StringBuilder();

        Twin both(String text) {
            typed.append(text);
            plain.append(text);
            return this;
        }

        Twin typed(String text) {
            typed.append(text);
            return this;
        }

        Twin plain(String text) {
            plain.append(text);
            return this;
        }
    }

    private void map(Twin out, int depth, String pk) {
        Set<String> names = new LinkedHashSet<>();
        if (pk != null) {
            names.add("pk");
        }
        int size = random.nextInt(depth == 0 ? 12 : 4);
        while (names.size() < size + (pk == null ? 0 : 1)) {
            names.add(string(1 + random.nextInt(8)));
        }
        out.both("{");
        boolean first = true;
        for (String name : names) {
            out.both(first ? "" : ",")
                    .typed(escaped(quote(name)))
                    .plain(quote(name))
                    .both(":");
            first = false;
            if (name.equals("pk") && pk != null) {
                out.typed("{\"S\":" + escaped(quote(pk)) + "}").plain(quote(pk));
            } else {
                value(out, depth + 1);
            }
        }
        out.both("}");
    }

    private void value(Twin out, int depth) {
        String type = types[random.nextInt(depth > 3 ? 5 : types.length)];
        out.typed("{\"" + type + "\":");
        switch (type) {
            case "S", "N", "B" -> scalar(out, type);
            case "BOOL" -> out.both(Boolean.toString(random.nextBoolean()));
            case "NULL" -> out.typed("true").plain("null");
            case "M" -> map(out, depth, null);
            case "L" -> {
                out.both("[");
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    out.both(i > 0 ? "," : "");
                    value(out, depth + 1);
                }
                out.both("]");
            }
            default -> {
                out.both("[");
                int n = 1 + random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    out.both(i > 0 ? "," : "");
                    scalar(out, type.substring(0, 1));
                }
                out.both("]");
            }
        }
        out.typed("}");
    }

    /** An S, N or B value, or an element of an SS, NS or BS set, without its type wrapper. */
    private void scalar(Twin out, String type) {
        switch (type) {
            case "S" -> {
                String quoted = quote(string(random.nextInt(30)));
                out.typed(escaped(quoted)).plain(quoted);
            }
            case "N" -> {
                String n = number();
                out.typed("\"" + n + "\"").plain(n);
            }
            default -> out.both(quote(binary()));
        }
    }

    /** DynamoDB's canonical forms: up to 38 significant digits, optionally a fraction or an exponent. */
    private String number() {
        StringBuilder n = new StringBuilder();
        if (random.nextBoolean()) {
            n.append('-');
        }
        int digits = 1 + random.nextInt(38);
        n.append(1 + random.nextInt(9));
        for (int i = 1; i < digits; i++) {
            n.append(random.nextInt(10));
        }
        switch (random.nextInt(3)) {
            case 0 -> {
                int fractionDigits = random.nextInt(digits);
                if (fractionDigits > 0) {
                    n.insert(n.length() - fractionDigits, '.');
                }
            }
            // Exponents within DynamoDB's range for any digit count (1E-130 up to below 1E+126).
            case 1 -> n.append("E").append(random.nextBoolean() ? "+" : "-").append(random.nextInt(88));
            default -> {}
        }
        return n.toString();
    }

    private String binary() {
        byte[] bytes = new byte[random.nextInt(20)];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private String string(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return s.toString();
    }

    /**
     * The same JSON string with about half of its non-ASCII characters written as JSON escapes, as some producers do;
     * an emoji becomes an escaped surrogate pair.
     */
    private String escaped(String quoted) {
        StringBuilder out = new StringBuilder(quoted.length());
        quoted.codePoints().forEach(codePoint -> {
            if (codePoint >= 0x80 && random.nextBoolean()) {
                for (char unit : Character.toChars(codePoint)) {
                    out.append(String.format("\\u%04x", (int) unit));
                }
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }

    public static String quote(String s) {
        try {
            return TestEvents.MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
