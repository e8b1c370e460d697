package dev.ddbchanges.app.stack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.SettingsLoader;
import dev.ddbchanges.app.constructs.RemovalPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the settings production, forceDestroy and deletionProtection become removal policies. */
class RemovalsTest {
    @Test
    void aDestroyableEnvironmentDestroysEverything() {
        assertThat(removals("dev"))
                .isEqualTo(new Removals(
                        RemovalPolicy.DESTROY, RemovalPolicy.DESTROY, RemovalPolicy.DESTROY, RemovalPolicy.DESTROY));
        assertThat(removals(ShippedStacks.EPHEMERAL)).isEqualTo(removals("dev"));
        assertThat(removals(ShippedStacks.WITHOUT_ACCOUNT)).isEqualTo(removals("dev"));
    }

    @Test
    void productionProtectsItsTableDataAndKeyAndKeepsItsQueryResults() {
        assertThat(removals("prod"))
                .isEqualTo(new Removals(
                        RemovalPolicy.RETAIN_AND_PROTECT,
                        RemovalPolicy.RETAIN_AND_PROTECT,
                        RemovalPolicy.RETAIN,
                        RemovalPolicy.RETAIN_AND_PROTECT));
    }

    /**
     * staging sets forceDestroy false and deletionProtection true, outside production: the key stays unprotected (a
     * protected key would abort the whole destroy); what keeps it alive is that the kept data depends on it.
     */
    @Test
    void outsideProductionTheTwoSettingsKeepDataWithoutProtectingIt() {
        assertThat(removals(ShippedStacks.EVERY_SETTING))
                .isEqualTo(new Removals(
                        RemovalPolicy.RETAIN, RemovalPolicy.RETAIN, RemovalPolicy.RETAIN, RemovalPolicy.DESTROY));
    }

    /**
     * Outside production each setting acts alone: forceDestroy on data and query results, deletionProtection on the
     * table.
     */
    @Test
    void outsideProductionEachSettingActsOnlyOnItsOwnResources() {
        List<EnvironmentSettings> mixed =
                SettingsLoader.load(TestApps.resource("settings/mixed-removals.json"), EphemeralRequest.NONE);

        assertThat(Removals.of(named(mixed, "keeps-table")))
                .isEqualTo(new Removals(
                        RemovalPolicy.DESTROY, RemovalPolicy.RETAIN, RemovalPolicy.DESTROY, RemovalPolicy.DESTROY));
        assertThat(Removals.of(named(mixed, "keeps-data")))
                .isEqualTo(new Removals(
                        RemovalPolicy.RETAIN, RemovalPolicy.DESTROY, RemovalPolicy.RETAIN, RemovalPolicy.DESTROY));
    }

    @Test
    void eachPolicySetsWhatItSays() {
        assertThat(RemovalPolicy.DESTROY.forceDestroy()).isTrue();
        assertThat(RemovalPolicy.DESTROY.deletionProtection()).isFalse();
        assertThat(RemovalPolicy.DESTROY.preventDestroy()).isFalse();
        assertThat(RemovalPolicy.RETAIN.forceDestroy()).isFalse();
        assertThat(RemovalPolicy.RETAIN.deletionProtection()).isTrue();
        assertThat(RemovalPolicy.RETAIN.preventDestroy()).isFalse();
        assertThat(RemovalPolicy.RETAIN_AND_PROTECT.forceDestroy()).isFalse();
        assertThat(RemovalPolicy.RETAIN_AND_PROTECT.deletionProtection()).isTrue();
        assertThat(RemovalPolicy.RETAIN_AND_PROTECT.preventDestroy()).isTrue();
    }

    private static Removals removals(String environment) {
        return Removals.of(named(ShippedStacks.environments(), environment));
    }

    private static EnvironmentSettings named(List<EnvironmentSettings> environments, String name) {
        return environments.stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
