package dev.ddbchanges.app.backfill;

import dev.ddbchanges.app.cli.CommandException;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.Names;
import dev.ddbchanges.app.config.SettingsLoader;
import dev.ddbchanges.app.queries.RefreshWindow;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The environment's names a backfill works on, as its stack names them (the bucket may be given instead), and what
 * its follow-up advice needs: whether a current-state table is refreshed, how many hours back a refresh reads, and
 * the workgroup's scan limit.
 */
record BackfillTarget(
        String environment,
        String region,
        String table,
        String changeStream,
        String bucket,
        String keyAlias,
        boolean currentStateTable,
        int refreshHours,
        int scanLimitMb) {

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
                environment,
                settings.region(),
                names.table(),
                names.changeStream(),
                bucket.orElseGet(names::dataBucket),
                names.keyAlias(),
                settings.query().currentStateTable(),
                RefreshWindow.of(settings).hours(),
                settings.query().scanLimitMb());
    }
}
