package dev.ddbchanges.app.constructs.refresh;

import dev.ddbchanges.app.constructs.PropsBuilder;
import dev.ddbchanges.app.constructs.Required;
import dev.ddbchanges.app.constructs.catalog.GlueChangeTable;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import dev.ddbchanges.app.constructs.query.QueryWorkgroup;
import dev.ddbchanges.app.queries.RefreshWindow;

/** Build with {@link #builder()}; each option is documented on its builder method. */
public record CurrentStateRefreshProps(
        String stateMachineName,
        String roleName,
        String schedulerRoleName,
        String refreshScheduleName,
        String accountId,
        String region,
        EncryptionKey key,
        GlueChangeTable changes,
        QueryWorkgroup workgroup,
        int refreshMinutes,
        RefreshWindow window) {

    /** Where the table keeps its files in the changes' bucket: apart from the history, which the lifecycle expires. */
    public static final String TABLE_PREFIX = "current-state/";

    public CurrentStateRefreshProps {
        Required.components(
                CurrentStateRefreshProps.class,
                stateMachineName,
                roleName,
                schedulerRoleName,
                refreshScheduleName,
                accountId,
                region,
                key,
                changes,
                workgroup,
                refreshMinutes,
                window);
        // A run must also end a minute before the next starts: one minute leaves it no time at all.
        if (refreshMinutes < 2 || !ClockSchedule.fits(refreshMinutes)) {
            throw new IllegalArgumentException("refreshMinutes = " + refreshMinutes
                    + "; allowed: 2 or more, a divisor of 60 or a whole number of hours that divides 24");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends PropsBuilder<CurrentStateRefreshProps, Builder> {
        private Builder() {
            super(CurrentStateRefreshProps.class);
        }

        /** Required: the state machine's name (built by {@code Names}). */
        public Builder stateMachineName(String value) {
            return set("stateMachineName", value);
        }

        /** Required: the role the state machine runs the queries with. */
        public Builder roleName(String value) {
            return set("roleName", value);
        }

        /** Required: the role the schedules start the state machine with. */
        public Builder schedulerRoleName(String value) {
            return set("schedulerRoleName", value);
        }

        /** Required: the schedule that starts a refresh every interval (the midnight one also maintains). */
        public Builder refreshScheduleName(String value) {
            return set("refreshScheduleName", value);
        }

        /** Required: the account (an id or a Terraform reference), for ARNs built from names. */
        public Builder accountId(String value) {
            return set("accountId", value);
        }

        /** Required: the region, for ARNs built from names. */
        public Builder region(String value) {
            return set("region", value);
        }

        /** Required: encrypts the state machine's definition and history, and the schedules. */
        public Builder key(EncryptionKey value) {
            return set("key", value);
        }

        /** Required: the changes the refresh reads; the table is created in their database, its files in their bucket. */
        public Builder changes(GlueChangeTable value) {
            return set("changes", value);
        }

        /** Required: the workgroup the queries run in. */
        public Builder workgroup(QueryWorkgroup value) {
            return set("workgroup", value);
        }

        /** Required: how often the refresh runs, in minutes: a divisor of 60, or whole hours that divide 24. */
        public Builder refreshMinutes(int value) {
            return set("refreshMinutes", value);
        }

        /** Required: how far back each refresh reads. */
        public Builder window(RefreshWindow value) {
            return set("window", value);
        }
    }
}
