package dev.ddbchanges.converter.record;

/**
 * Why a record was returned as {@code ProcessingFailed}. The labels are part of the metric names and of the
 * log line, so they never change once released; add new reasons instead.
 */
public enum FailureReason {
    /** The Firehose record's {@code data} is not valid standard base64. */
    INVALID_BASE64("invalid_base64"),
    /** The decoded bytes are not valid UTF-8, or a string escapes an unpaired surrogate that UTF-8 cannot carry. */
    INVALID_UTF8("invalid_utf8"),
    /** The text is not one well-formed JSON value (syntax error, duplicate field, trailing content, parser limits). */
    INVALID_JSON("invalid_json"),
    /** A field every DynamoDB change record carries is absent. */
    MISSING_FIELD("missing_field"),
    /** A field is present with the wrong JSON type or a value outside what the format allows. */
    INVALID_FIELD("invalid_field"),
    /** An attribute value's type descriptor is not one of S, N, B, BOOL, NULL, M, L, SS, NS, BS. */
    UNKNOWN_ATTRIBUTE_TYPE("unknown_attribute_type"),
    /** An attribute value does not match its type descriptor (for example an N that is not a number). */
    INVALID_ATTRIBUTE_VALUE("invalid_attribute_value"),
    /** The record converted, but its line did not fit in Firehose's 6 MB response limit. */
    RESPONSE_SIZE_LIMIT("response_size_limit"),
    /** The converter failed unexpectedly on this record (a bug): the record is kept, the batch goes on. */
    INTERNAL_ERROR("internal_error");

    private final String label;

    FailureReason(String label) {
        this.label = label;
    }

    /** The stable snake_case name used in metrics and logs. */
    public String label() {
        return label;
    }
}
