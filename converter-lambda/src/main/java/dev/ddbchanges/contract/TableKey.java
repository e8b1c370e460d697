package dev.ddbchanges.contract;

/** The change table's key: the table declares it, and the converter copies its value into the {@code pk} column. */
public final class TableKey {
    /** The partition (hash) key attribute. */
    public static final String PARTITION_KEY = "pk";
    /** DynamoDB's type of {@link #PARTITION_KEY}: a string. */
    public static final String PARTITION_KEY_TYPE = "S";

    private TableKey() {}
}
