package dev.ddbchanges.app.config;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One environment's settings after defaults and validation: immutable, and only ever built by {@link SettingsLoader},
 * through {@link #builder()}, which names each value where it is given and refuses a null.
 *
 * @param name           the environment, also the cdktf stack name ({@code cdktf deploy <name>})
 * @param baseEnvironment for an ephemeral environment, the declared environment it inherits from
 */
public record EnvironmentSettings(
        String name,
        Optional<String> baseEnvironment,
        String project,
        String region,
        Optional<String> accountId,
        boolean production,
        Optional<String> stateBucket,
        String stateRegion,
        Optional<String> nameSuffix,
        int keyDeletionWindowDays,
        boolean forceDestroy,
        int noncurrentVersionExpirationDays,
        OptionalInt dataExpirationDays,
        boolean deletionProtection,
        int logRetentionDays,
        StreamSettings stream,
        ConverterSettings converter,
        DeliverySettings delivery,
        QuerySettings query,
        MonitoringSettings monitoring) {

    public static EnvironmentSettingsBuilder builder() {
        return new EnvironmentSettingsBuilder();
    }

    /** The state object in {@link #stateBucket()}; it holds the environment name, so no two environments share it. */
    public String stateKey() {
        return project + "/" + name + "/terraform.tfstate";
    }
}
