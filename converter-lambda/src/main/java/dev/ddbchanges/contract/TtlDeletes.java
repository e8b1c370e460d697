package dev.ddbchanges.contract;

/**
 * How a change record says DynamoDB's time to live deleted the item: its {@code userIdentity} is this service
 * principal, where a user's delete has no identity at all.
 */
public final class TtlDeletes {
    public static final String IDENTITY_TYPE = "Service";
    public static final String PRINCIPAL_ID = "dynamodb.amazonaws.com";

    private TtlDeletes() {}
}
