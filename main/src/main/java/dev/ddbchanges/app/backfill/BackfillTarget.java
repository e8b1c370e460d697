package dev.ddbchanges.app.backfill;

import dev.ddbchanges.app.cli.CommandException;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.Names;
import dev.ddbchanges.app.config.SettingsLoader;
import java.nio.file.Path;
import java.util.Optional;

/** The environment's names a backfill works on, as its stack names them; the bucket may be given instead. */
record BackfillTarget(String region, String table, String changeStream, String bucket, String keyAlias) {

    static BackfillTarget of(Path cdktfJson, String environment, EphemeralRequest ephemeral, Optional<String> bucket) {
        EnvironmentSettings settings = SettingsLoader.loadEnvironment(cdktfJson, ephemeral, environment);
        Names names = new Names(settings, settings.accountId().orElse(""));
        if (bucket.isEmpty()
                && settings.nameSuffix().isEmpty()
                && settings.accountId().isEmpty()) {
            throw CommandException.badInput("environment " + environment + " sets neither nameSuffix nor "
                    + "accountId, so its data bucket's name ends with the id of the account it was deployed to; "
                    + "allowed: --bucket <name>");
        }
        return new BackfillTarget(
                settings.region(),
                names.table(),
                names.changeStream(),
                bucket.orElseGet(names::dataBucket),
                names.keyAlias());
    }
}
