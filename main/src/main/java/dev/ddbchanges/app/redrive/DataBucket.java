package dev.ddbchanges.app.redrive;

import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.Names;
import dev.ddbchanges.app.config.SettingsLoader;
import java.nio.file.Path;
import java.util.Optional;

/** Which bucket, in which region, a run reads: the environment's data bucket, or the one given with --bucket. */
record DataBucket(String name, String region) {

    static DataBucket of(Path cdktfJson, String environment, EphemeralRequest ephemeral, Optional<String> bucket) {
        EnvironmentSettings settings = SettingsLoader.loadEnvironment(cdktfJson, ephemeral, environment);
        if (bucket.isPresent()) {
            return new DataBucket(bucket.get(), settings.region());
        }
        if (settings.nameSuffix().isEmpty() && settings.accountId().isEmpty()) {
            throw new RedriveException("environment " + environment + " sets neither nameSuffix nor accountId, so "
                    + "its bucket's name ends with the id of the account it was deployed to; give --bucket <name>");
        }
        return new DataBucket(new Names(settings, settings.accountId().orElse("")).dataBucket(), settings.region());
    }
}
