package dev.ddbchanges.app.backfill;

import dev.ddbchanges.app.cli.Arguments;
import dev.ddbchanges.app.cli.CommandException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The command's flags. {@code --endpoint} points the DynamoDB, Kinesis and S3 clients at one API on this machine (the
 * tests'); {@code --lines-per-object} bounds each object written, so none grows past what a query reads comfortably
 * (empty: the default, or what a resumed backfill's marker says); {@code --new-export} seeds from a new export although
 * one was backfilled before.
 */
record BackfillOptions(
        String environment,
        Optional<String> exportArn,
        Optional<URI> endpoint,
        Optional<String> bucket,
        boolean dryRun,
        boolean newExport,
        Optional<Integer> linesPerObject) {
    static final String USAGE = "./ddb-changes backfill [--environment <env>] [--export-arn <arn>] [--dry-run] "
            + "[--new-export] [--bucket <name>] [--lines-per-object <n>] [--endpoint <url>]";
    static final int DEFAULT_LINES_PER_OBJECT = 100_000;
    static final int MAX_LINES_PER_OBJECT = 1_000_000;
    private static final Pattern EXPORT_ARN =
            Pattern.compile("arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\\d{12}:table/[A-Za-z0-9_.-]+/export/[A-Za-z0-9-]+");

    static BackfillOptions parse(List<String> args) {
        Arguments parsed = Arguments.parse(
                args,
                USAGE,
                Set.of("--environment", "--export-arn", "--endpoint", "--bucket", "--lines-per-object"),
                Set.of("--dry-run", "--new-export"),
                0);
        Optional<String> exportArn = parsed.value("--export-arn");
        exportArn.filter(arn -> !EXPORT_ARN.matcher(arn).matches()).ifPresent(arn -> {
            throw CommandException.badInput("--export-arn " + arn + " is not an export's ARN; allowed: such as "
                    + "arn:aws:dynamodb:eu-central-1:111111111111:table/ddb-changes-dev-table/export/"
                    + "01764654000000-a1b2c3d4");
        });
        if (exportArn.isPresent() && parsed.has("--new-export")) {
            throw CommandException.badInput("--new-export with --export-arn " + exportArn.get() + "; allowed: one of "
                    + "them (--new-export starts an export, --export-arn takes one that exists)");
        }
        return new BackfillOptions(
                parsed.value("--environment").orElse("dev"),
                exportArn,
                parsed.value("--endpoint").map(BackfillOptions::uri),
                parsed.value("--bucket"),
                parsed.has("--dry-run"),
                parsed.has("--new-export"),
                parsed.value("--lines-per-object").map(BackfillOptions::linesPerObject));
    }

    private static int linesPerObject(String text) {
        try {
            int lines = Integer.parseInt(text);
            if (lines >= 1 && lines <= MAX_LINES_PER_OBJECT) {
                return lines;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw CommandException.badInput(
                "--lines-per-object " + text + "; allowed: a whole number from 1 to " + MAX_LINES_PER_OBJECT);
    }

    private static URI uri(String text) {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() != null && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Reported below.
        }
        throw CommandException.badInput("--endpoint " + text + " is not a URL; allowed: such as http://localhost:9090");
    }
}
