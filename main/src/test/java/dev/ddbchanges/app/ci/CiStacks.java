package dev.ddbchanges.app.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.hashicorp.cdktf.AppConfig;
import dev.ddbchanges.app.PipelineApp;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.SettingsLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CI-access stack of dev and prod in one account (`ci/one-account.json`, the shipped environments with
 * sharedAccount), so one stack holds both environments' roles and the preview role; synthesized once per test JVM.
 */
public final class CiStacks {
    public static final String ACCOUNT = "123456789012";
    public static final String STACK = "ci-access-" + ACCOUNT;

    private static final Path SETTINGS = TestApps.resource("ci/one-account.json");

    private static Synthesized stack;
    private static Path outdir;

    private CiStacks() {}

    static synchronized Synthesized shipped() {
        if (stack == null) {
            outdir = TestApps.tempDir("ci-stacks-");
            List<EnvironmentSettings> environments = SettingsLoader.load(SETTINGS, EphemeralRequest.NONE);
            PipelineApp.synthesize(
                    environments,
                    SettingsLoader.loadCi(SETTINGS, environments),
                    TestApps.converterJar(),
                    AppConfig.builder().outdir(outdir.toString()).build());
            stack = Synthesized.read(TestApps.stackDir(outdir, STACK).resolve("cdk.tf.json"));
        }
        return stack;
    }

    /** The environments of the fixture, as the app reads them. */
    static List<EnvironmentSettings> environments() {
        return SettingsLoader.load(SETTINGS, EphemeralRequest.NONE);
    }

    public static synchronized Path stackDir() {
        shipped();
        return TestApps.stackDir(outdir, STACK);
    }

    /** Each CI role's name, with its trust policy. */
    static Map<String, JsonNode> trustByRole() {
        Map<String, JsonNode> trust = new LinkedHashMap<>();
        for (JsonNode role : shipped().resources("aws_iam_role")) {
            trust.put(
                    role.path("name").asText(),
                    Synthesized.parse(role.path("assume_role_policy").asText()));
        }
        return trust;
    }

    /** Each CI role's name, with its one inline policy. */
    static Map<String, JsonNode> policyByRole() {
        Map<String, JsonNode> policies = new LinkedHashMap<>();
        for (JsonNode role : shipped().resources("aws_iam_role")) {
            String reference = shipped().reference("aws_iam_role", role, "name");
            for (JsonNode policy : shipped().resources("aws_iam_role_policy")) {
                if (policy.path("role").asText().equals(reference)) {
                    policies.put(role.path("name").asText(), Synthesized.policy(policy));
                }
            }
        }
        return policies;
    }
}
