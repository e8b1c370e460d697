package dev.ddbchanges.app.constructs;

/**
 * What {@code terraform destroy} (or removing a construct from the code) does to the data a resource holds: one
 * concept where S3, DynamoDB, Athena and Terraform each have their own switch. Each construct says in its Javadoc
 * what the three values set on its resources.
 */
public enum RemovalPolicy {
    /** The resource goes, with every byte it holds: buckets are emptied first, nothing refuses. */
    DESTROY,
    /**
     * The service keeps the data: a bucket that still holds objects is not emptied, a table's deletion protection is
     * on, so destroy stops at the resource. Terraform itself does not refuse the plan.
     */
    RETAIN,
    /** {@link #RETAIN}, and Terraform refuses any plan that would delete the resource ({@code prevent_destroy}). */
    RETAIN_AND_PROTECT;

    /** Whether destroy may empty the resource first (S3's and Athena's {@code force_destroy}). */
    public boolean forceDestroy() {
        return this == DESTROY;
    }

    /** Whether the service itself refuses to delete the resource (DynamoDB's deletion protection). */
    public boolean deletionProtection() {
        return this != DESTROY;
    }

    /** Whether Terraform refuses every plan that would delete the resource. */
    public boolean preventDestroy() {
        return this == RETAIN_AND_PROTECT;
    }
}
