package dev.ddbchanges.app;

import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.SettingsLoader;
import java.nio.file.Path;
import java.util.ArrayList;
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

    private static Map<String, Synthesized> stacks;
    private static Path outdir;

    private ShippedStacks() {
    }

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
        List<EnvironmentSettings> environments = new ArrayList<>(
                SettingsLoader.load(TestApps.CDKTF_JSON, EphemeralRequest.of(EPHEMERAL, "dev")));
        environments.addAll(SettingsLoader.load(TestApps.resource("settings/minimal.json"), EphemeralRequest.NONE));
        environments.addAll(SettingsLoader.load(TestApps.resource("settings/every-setting.json"),
                EphemeralRequest.NONE));
        return environments;
    }
}
