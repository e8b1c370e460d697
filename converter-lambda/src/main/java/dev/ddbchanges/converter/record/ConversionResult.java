package dev.ddbchanges.converter.record;

/** The outcome of converting one change record: a line of JSON, or the reason it could not be converted. */
public sealed interface ConversionResult {

    /**
     * One flat JSON object, UTF-8, ending with exactly one {@code \n}.
     *
     * @param direct whether the direct transcoder wrote it; false when the Jackson path did, after the direct one
     *     declined the record (RecordsSlowPath counts those that are answered Ok)
     */
    record Converted(byte[] line, boolean direct) implements ConversionResult {}

    /**
     * The record is not a valid change record. {@code detail} names the field and the rule that failed; it never
     * contains item data, because it is logged.
     */
    record Failed(FailureReason reason, String detail) implements ConversionResult {}
}
