package dev.ddbchanges.converter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/** The one JSON factory of the converter; thread-safe, so shared. */
final class Json {

    static final JsonFactory FACTORY = JsonFactory.builder()
            // A change record with a field twice is ambiguous: reject it rather than pick one.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Emoji and other non-BMP characters as 4 UTF-8 bytes instead of two \\u escapes each.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            // The Lambda runtime owns its request and response streams.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private Json() {
    }
}
