package dev.ddbchanges.converter.firehose;

import dev.ddbchanges.converter.record.FailureReason;

/**
 * One record of the response as it will be written.
 *
 * @param data the bytes to return (base64-encoded on the wire); empty for a failure whose original bytes did not fit
 * @param reason null when {@code ok}
 * @param detail null when {@code ok}
 */
record ResponseEntry(String recordId, boolean ok, byte[] data, FailureReason reason, String detail) {

    static final String OK = "Ok";
    static final String PROCESSING_FAILED = "ProcessingFailed";

    String result() {
        return ok ? OK : PROCESSING_FAILED;
    }
}
