package dev.ddbchanges.app.redrive;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The command's flags: {@code --from} and {@code --to} (UTC hours of the error partitions, both included),
 * {@code --dry-run}, {@code --environment} (whose data bucket; dev unless given), {@code --bucket} (instead of the
 * environment's data bucket) and {@code --endpoint}, which only the tests use, to reach an S3 API on this machine.
 */
record RedriveOptions(
        HourRange hours, boolean dryRun, String environment, Optional<String> bucket, Optional<URI> endpoint) {
    static final String DEFAULT_ENVIRONMENT = "dev";
    static final String ALLOWED = "allowed: --dry-run, --from yyyy-MM-ddTHH, --to yyyy-MM-ddTHH, --environment <env>, "
            + "--bucket <name>, --endpoint <url> (tests)";

    static RedriveOptions parse(List<String> args) {
        Optional<Instant> from = Optional.empty();
        Optional<Instant> to = Optional.empty();
        boolean dryRun = false;
        String environment = DEFAULT_ENVIRONMENT;
        Optional<String> bucket = Optional.empty();
        Optional<URI> endpoint = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            switch (flag) {
                case "--dry-run" -> dryRun = true;
                case "--from" -> from = Optional.of(HourRange.parseHour(flag, value(args, ++i, flag)));
                case "--to" -> to = Optional.of(HourRange.parseHour(flag, value(args, ++i, flag)));
                case "--environment" -> environment = value(args, ++i, flag);
                case "--bucket" -> bucket = Optional.of(value(args, ++i, flag));
                case "--endpoint" -> endpoint = Optional.of(uri(value(args, ++i, flag)));
                default -> throw new RedriveException("unknown argument '" + flag + "'; " + ALLOWED);
            }
        }
        return new RedriveOptions(new HourRange(from, to), dryRun, environment, bucket, endpoint);
    }

    private static String value(List<String> args, int index, String flag) {
        if (index >= args.size() || args.get(index).isBlank()) {
            throw new RedriveException(flag + " needs a value; " + ALLOWED);
        }
        return args.get(index);
    }

    private static URI uri(String text) {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new URISyntaxException(text, "no scheme or host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new RedriveException("--endpoint " + text + " is not a URL; allowed: such as http://localhost:9090");
        }
    }
}
