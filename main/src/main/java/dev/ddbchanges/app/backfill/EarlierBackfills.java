package dev.ddbchanges.app.backfill;

import dev.ddbchanges.app.cli.CommandException;
import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The markers of the table's earlier backfills, read before a run starts an export. A new export has a new id, so its
 * lines get new event ids and dedupe with no earlier copy: a second export must be asked for, never the result of a
 * repeated command.
 */
final class EarlierBackfills {
    private EarlierBackfills() {}

    /**
     * Refuses while a backfill of the table is unfinished (its objects would stay beside the new export's), and when
     * one completed unless {@code newExport}.
     *
     * @return the latest completed backfill, which a deliberate new export follows
     */
    static Optional<BackfillMarker> check(BackfillBucket bucket, String table, boolean newExport) {
        List<BackfillMarker> markers = bucket.keys(BackfillMarker.PREFIX).stream()
                .flatMap(key -> bucket.read(bucket.name(), key).map(json -> BackfillMarker.parse(key, json)).stream())
                .filter(marker -> marker.ofTable(table))
                .sorted(Comparator.comparing(BackfillMarker::writtenAtInstant))
                .toList();
        markers.stream().filter(marker -> !marker.isComplete()).findFirst().ifPresent(started -> {
            throw CommandException.badInput("the backfill from " + started.exportArn() + " started at "
                    + started.writtenAt() + " and did not finish; allowed: run with --export-arn "
                    + started.exportArn() + " to resume it (it rewrites the same objects in "
                    + DeliveryLayout.DATA_PREFIX + started.hour() + ")");
        });
        Optional<BackfillMarker> latest = markers.stream().reduce((first, second) -> second);
        latest.filter(marker -> !newExport).ifPresent(done -> {
            throw CommandException.badInput("already backfilled from " + done.exportArn() + " at "
                    + DeliveryLayout.DATA_PREFIX + done.hour() + " (" + done.items() + " items); run with "
                    + "--export-arn " + done.exportArn() + " to check it, or --new-export to seed from a new export "
                    + "on purpose");
        });
        return latest;
    }
}
