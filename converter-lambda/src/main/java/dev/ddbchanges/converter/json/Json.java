package dev.ddbchanges.converter.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/** The converter's JSON factories; thread-safe, so shared. */
public final class Json {

    /**
     * The reference: Jackson itself rejects a field named twice. Its detector allocates a hash set for every object of
     * three or more fields, a noticeable part of a small record's conversion, so the hot path uses {@link #FAST}.
     */
    public static final JsonFactory FACTORY = common()
            // A change record with a field twice is ambiguous: reject it rather than pick one.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** For parsers wrapped in {@link DuplicateNames}, whose failures the reference then decides and explains. */
    public static final JsonFactory FAST = common().build();

    private Json() {}

    private static JsonFactoryBuilder common() {
        return new JsonFactoryBuilder()
                // DynamoDB attribute names may be up to 64 KB; Jackson's default limit is 50,000 characters.
                .streamReadConstraints(
                        StreamReadConstraints.builder().maxNameLength(64 * 1024).build())
                // Emoji and other non-BMP characters as 4 UTF-8 bytes instead of two \\u escapes each.
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                // The Lambda runtime owns its request and response streams.
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
    }
}
