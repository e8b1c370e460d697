package dev.ddbchanges.app.redrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedriveOptionsTest {

    @Test
    void theHourRangeListsFromItsFirstHourAndStopsAfterItsLast() {
        HourRange hours = RedriveOptions.parse(List.of("--from", "2026-12-01T09", "--to", "2026-12-31T23"))
                .hours();

        assertThat(hours.startAfter("errors/processing-failed/"))
                .contains("errors/processing-failed/year=2026/month=12/day=01/hour=09/");
        assertThat(hours.isPast("e/", "e/year=2026/month=12/day=31/hour=23/x.gz"))
                .isFalse();
        assertThat(hours.isPast("e/", "e/year=2027/month=01/day=01/hour=00/x.gz"))
                .isTrue();
        assertThat(hours.describe()).isEqualTo("2026-12-01T09 to 2026-12-31T23");
    }

    @Test
    void noFlagsMeanEveryHourWrittenAndTheEnvironmentsBucket() {
        RedriveOptions options = RedriveOptions.parse(List.of());

        assertThat(options.dryRun()).isFalse();
        assertThat(options.environment()).isEqualTo("dev");
        assertThat(options.bucket()).isEmpty();
        assertThat(options.hours().startAfter("e/")).isEmpty();
        assertThat(options.hours().isPast("e/", "e/year=9999/month=12/day=31/hour=23/x.gz"))
                .isFalse();
        assertThat(RedriveOptions.parse(List.of("--dry-run", "--bucket", "b")).bucket())
                .isEqualTo(Optional.of("b"));
    }

    @Test
    void badFlagsSayWhatIsAllowed() {
        assertThatThrownBy(() -> RedriveOptions.parse(List.of("--from", "2026-12-01")))
                .hasMessage("--from 2026-12-01 is not an hour; allowed: yyyy-MM-ddTHH in UTC, such as 2026-12-01T09");
        assertThatThrownBy(() -> RedriveOptions.parse(List.of("--from", "2026-12-02T00", "--to", "2026-12-01T23")))
                .hasMessage("--from 2026-12-02T00 is after --to 2026-12-01T23; allowed: --from at or before --to");
        assertThatThrownBy(() -> RedriveOptions.parse(List.of("--bucket")))
                .hasMessage("--bucket needs a value; allowed: --dry-run, --from yyyy-MM-ddTHH, --to yyyy-MM-ddTHH, "
                        + "--environment <env>, --bucket <name>, --endpoint <url> (tests)");
        assertThatThrownBy(() -> RedriveOptions.parse(List.of("--dryrun")))
                .hasMessage("unknown argument '--dryrun'; allowed: --dry-run, --from yyyy-MM-ddTHH, --to "
                        + "yyyy-MM-ddTHH, --environment <env>, --bucket <name>, --endpoint <url> (tests)");
    }
}
