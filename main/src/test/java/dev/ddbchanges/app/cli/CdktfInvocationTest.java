package dev.ddbchanges.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the cdktf command that runs the app from its parents' command lines, without ever guessing. */
class CdktfInvocationTest {
    @Test
    void theStacksOfADestroyAreItsOperands() {
        assertThat(CdktfInvocation.parse(
                        List.of("/usr/bin/node", "/usr/local/bin/cdktf", "destroy", "pr-123", "--auto-approve")))
                .contains(new CdktfInvocation("destroy", List.of("pr-123")));
    }

    @Test
    void optionValuesAreNotStacks() {
        assertThat(CdktfInvocation.parse(List.of(
                        "node",
                        "/repo/node_modules/.bin/cdktf",
                        "deploy",
                        "--var-file",
                        "a.tfvars",
                        "b.tfvars",
                        "--outputs-file",
                        "out.json",
                        "--auto-approve",
                        "false",
                        "dev",
                        "--parallelism=2")))
                .contains(new CdktfInvocation("deploy", List.of("dev")));
        assertThat(CdktfInvocation.parse(List.of("node", "cdktf.js", "plan", "-a", "other app", "pr-7")))
                .contains(new CdktfInvocation("plan", List.of("pr-7")));
    }

    @Test
    void anOptionItDoesNotKnowOrACommandThatNamesNoStackIsNotRead() {
        assertThat(CdktfInvocation.parse(List.of("node", "cdktf", "deploy", "--new-option", "x", "pr-1")))
                .isEmpty();
        assertThat(CdktfInvocation.parse(List.of("node", "cdktf", "synth"))).isEmpty();
        assertThat(CdktfInvocation.parse(List.of("/bin/bash", "./ddb-changes", "synth")))
                .isEmpty();
        assertThat(CdktfInvocation.parse(List.of("node", "cdktf"))).isEmpty();
    }

    @Test
    void theNearestParentThatIsCdktfCounts() {
        assertThat(CdktfInvocation.nearest(List.of(
                        List.of("/bin/bash", "./ddb-changes", "synth"),
                        List.of("/bin/sh", "-c", "./ddb-changes synth"),
                        List.of("/usr/bin/node", "/usr/local/bin/cdktf", "diff", "pr-9"),
                        List.of("/usr/bin/node", "/usr/local/bin/cdktf", "destroy", "pr-1"))))
                .isEqualTo(Optional.of(new CdktfInvocation("diff", List.of("pr-9"))));
    }

    @Test
    void onlyStacksNamedLiterallyAndNotSynthesizedAreMissing() {
        CdktfInvocation cdktf = new CdktfInvocation("deploy", List.of("dev", "pr-*", "pr-1", "ci-access-{1,2}"));

        assertThat(cdktf.missing(List.of("dev", "prod"))).containsExactly("pr-1");
        assertThat(cdktf.missing(List.of("dev", "pr-1"))).isEmpty();
    }
}
