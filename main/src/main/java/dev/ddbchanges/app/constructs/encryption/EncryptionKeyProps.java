package dev.ddbchanges.app.constructs.encryption;

import dev.ddbchanges.app.config.Limits;
import java.util.List;
import java.util.Objects;

/**
 * @param alias              the key's alias, {@code alias/...}
 * @param deletionWindowDays days between scheduling the key's deletion and the deletion (KMS allows 7-30)
 * @param accountId          the account whose root administers the key (an id or a Terraform reference to one)
 * @param region             the region of the log groups, for the CloudWatch Logs service principal
 * @param logGroupNames      the only log groups CloudWatch Logs may encrypt with the key; names, not references,
 *                           because the log groups refer to the key (a reference back would be a cycle)
 * @param alarmTopic         whether CloudWatch alarms publish to a topic encrypted with the key
 * @param preventDestroy     make Terraform refuse any plan that would schedule the key's deletion
 */
public record EncryptionKeyProps(
        String alias,
        String description,
        int deletionWindowDays,
        String accountId,
        String region,
        List<String> logGroupNames,
        boolean alarmTopic,
        boolean preventDestroy) {

    /** The key of an environment: its log groups and its alarm topic use it, and destroy may schedule its deletion. */
    public EncryptionKeyProps(String alias, String description, int deletionWindowDays, String accountId,
            String region, List<String> logGroupNames) {
        this(alias, description, deletionWindowDays, accountId, region, logGroupNames, true, false);
    }

    public EncryptionKeyProps {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        logGroupNames = List.copyOf(logGroupNames);
        if (deletionWindowDays < Limits.KEY_DELETION_WINDOW_MIN
                || deletionWindowDays > Limits.KEY_DELETION_WINDOW_MAX) {
            throw new IllegalArgumentException("deletionWindowDays = " + deletionWindowDays + "; KMS allows "
                    + Limits.KEY_DELETION_WINDOW_MIN + " to " + Limits.KEY_DELETION_WINDOW_MAX);
        }
    }
}
