package dev.ddbchanges.app.config;

/** Local state, for environments without a state bucket. */
public final class StateFiles {
    private StateFiles() {}

    /**
     * Relative to the stack's directory {@code cdktf.out/stacks/<name>}, where cdktf runs Terraform: the file lands in
     * the repository root, outside cdktf.out, so a new synth never touches it.
     */
    public static String localPath(String environment) {
        return "../../../terraform." + environment + ".tfstate";
    }
}
