package dev.ddbchanges.converter;

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
final class RandomChangeRecords {

    /** A generated record; {@code expectedNewImage} is the plain JSON text of the item, null for invalid records. */
    record Generated(byte[] data, boolean valid, String pk, String expectedNewImage) {
    }

    private static final String[] ALPHABET = {"a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u0001", "ü", "東",
        "🚀", "é", "#", "-"};
    private static final String[] TYPES = {"S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS"};

    private final Random random;

    RandomChangeRecords(long seed) {
        this.random = new Random(seed);
    }

    Generated next() {
        int kind = random.nextInt(10);
        if (kind == 0) {
            byte[] garbage = new byte[random.nextInt(200)];
            random.nextBytes(garbage);
            return new Generated(garbage, false, null, null);
        }
        String pk = string(1 + random.nextInt(20));
        Twin item = new Twin();
        map(item, 0, pk);
        String eventName = kind == 1 ? "UPSERT" : "INSERT";
        String record = "{\"awsRegion\":\"eu-west-1\",\"eventID\":\"" + Long.toHexString(random.nextLong())
                + "\",\"eventName\":\"" + eventName + "\",\"userIdentity\":null,\"recordFormat\":\"application/json\","
                + "\"tableName\":\"items\",\"dynamodb\":{\"ApproximateCreationDateTime\":"
                + (1_700_000_000_000L + random.nextInt(1_000_000_000)) + ",\"Keys\":{\"pk\":{\"S\":" + quote(pk) + "}},"
                + "\"NewImage\":" + item.typed + ",\"SizeBytes\":" + random.nextInt(400_000) + "},\"eventSource\":\"aws:dynamodb\"}";
        boolean valid = kind != 1;
        if (kind == 2) {
            record = record.replaceFirst("\\{\"S\":", "{\"Q\":");
            valid = false;
        }
        return new Generated(record.getBytes(StandardCharsets.UTF_8), valid, pk, valid ? item.plain.toString() : null);
    }

    String recordId() {
        return random.nextInt(4) == 0 ? string(random.nextInt(12)) : Long.toUnsignedString(random.nextLong()) + "000000";
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
            out.both(first ? "" : ",").both(quote(name)).both(":");
            first = false;
            if (name.equals("pk") && pk != null) {
                out.typed("{\"S\":").both(quote(pk)).typed("}");
            } else {
                value(out, depth + 1);
            }
        }
        out.both("}");
    }

    private void value(Twin out, int depth) {
        String type = TYPES[random.nextInt(depth > 3 ? 5 : TYPES.length)];
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
            case "S" -> out.both(quote(string(random.nextInt(30))));
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
            case 0 -> n.insert(n.length() - random.nextInt(digits), digits > 1 ? "." : "");
            case 1 -> n.append("E").append(random.nextBoolean() ? "+" : "-").append(random.nextInt(100));
            default -> {
            }
        }
        String text = n.toString();
        return text.endsWith(".") ? text + "5" : text;
    }

    private String binary() {
        byte[] bytes = new byte[random.nextInt(20)];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private String string(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }

    static String quote(String s) {
        try {
            return TestEvents.MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
