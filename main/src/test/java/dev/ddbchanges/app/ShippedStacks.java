package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.SettingsLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The stacks of the real cdktf.json, plus an ephemeral environment and one without an account id, synthesized once
 * per test JVM: every property test and rule test reads the same output the app would write.
 */
public final class ShippedStacks {
    public static final String EPHEMERAL = "pr-123";
    /** A non-production environment that names no account: the stack must look it up. */
    public static final String WITHOUT_ACCOUNT = "sandbox";
    /** settings/every-setting.json: every setting away from its default. */
    public static final String EVERY_SETTING = "staging";

    /** The state buckets of dev's account: dev's and pr-123's. */
    public static final String STATE_BOOTSTRAP = "state-bootstrap-111111111111";
    /** One per account: dev's, staging's (settings/every-setting.json) and prod's. */
    public static final List<String> STATE_BOOTSTRAPS =
            List.of(STATE_BOOTSTRAP, "state-bootstrap-210987654321", "state-bootstrap-222222222222");

    private static Map<String, Synthesized> stacks;
    private static Path outdir;

    private ShippedStacks() {}

    public static synchronized Map<String, Synthesized> all() {
        if (stacks == null) {
            outdir = TestApps.tempDir("shipped-stacks-");
            stacks = TestApps.synthEnvironments(environments(), outdir);
        }
        return stacks;
    }

    /** Runs {@code check} on every stack; a failure names the environment it failed in. */
    public static void forEach(BiConsumer<String, Synthesized> check) {
        all().forEach((environment, stack) -> {
            try {
                check.accept(environment, stack);
            } catch (AssertionError e) {
                throw new AssertionError("environment " + environment + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * Runs {@code check} on every resource of a type in each of {@code stacks}, and fails in a stack that has none: a
     * misspelled type, or a resource the stack lost, must not pass as "nothing to check".
     */
    public static void forEachResource(
            Map<String, Synthesized> stacks, String type, BiConsumer<Synthesized, JsonNode> check) {
        stacks.forEach((name, stack) -> {
            List<JsonNode> resources = stack.resources(type);
            assertThat(resources)
                    .as("resources of type %s in stack %s", type, name)
                    .isNotEmpty();
            try {
                resources.forEach(resource -> check.accept(stack, resource));
            } catch (AssertionError e) {
                throw new AssertionError("stack " + name + ", " + type + ": " + e.getMessage(), e);
            }
        });
    }

    /** The stacks that create each account's state buckets (and their key), synthesized with the environments. */
    public static Map<String, Synthesized> stateBootstraps() {
        Map<String, Synthesized> bootstraps = new LinkedHashMap<>();
        for (String name : STATE_BOOTSTRAPS) {
            bootstraps.put(
                    name, Synthesized.read(TestApps.stackDir(outdir(), name).resolve("cdk.tf.json")));
        }
        return bootstraps;
    }

    /** The environments and the state-bootstrap stacks: every stack the app synthesizes. */
    public static Map<String, Synthesized> everyStack() {
        Map<String, Synthesized> every = new LinkedHashMap<>(all());
        every.putAll(stateBootstraps());
        return every;
    }

    public static Synthesized get(String environment) {
        return all().get(environment);
    }

    public static synchronized Path outdir() {
        all();
        return outdir;
    }

    /**
     * dev and prod from cdktf.json, pr-123 on dev, sandbox from settings/minimal.json and staging from
     * settings/every-setting.json.
     */
    public static List<EnvironmentSettings> environments() {
        List<EnvironmentSettings> environments =
                new ArrayList<>(SettingsLoader.load(TestApps.CDKTF_JSON, EphemeralRequest.of(EPHEMERAL, "dev")));
        environments.addAll(SettingsLoader.load(TestApps.resource("settings/minimal.json"), EphemeralRequest.NONE));
        environments.addAll(
                SettingsLoader.load(TestApps.resource("settings/every-setting.json"), EphemeralRequest.NONE));
        return environments;
    }
}
