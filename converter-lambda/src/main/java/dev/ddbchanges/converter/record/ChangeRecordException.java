package dev.ddbchanges.converter.record;

/** Ends the conversion of one record; carries no stack trace because it is control flow, not a bug. */
final class ChangeRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    private final FailureReason reason;

    ChangeRecordException(FailureReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    FailureReason reason() {
        return reason;
    }

    ConversionResult.Failed toResult() {
        return new ConversionResult.Failed(reason, getMessage());
    }
}
