package dev.ddbchanges.app.config;

/** The names of the CI-access stack: its own, its roles' and the permissions boundary's. */
public final class CiNames {
    /** What a short-lived environment's name starts with (see {@link EphemeralRequest}). */
    public static final String PREVIEW_PREFIX = "pr-";

    private CiNames() {}

    public static String stack(String accountId) {
        return "ci-access-" + accountId;
    }

    /**
     * The permissions boundary of the roles of one automated environment's stack, {@code <project>-<env>-boundary};
     * {@code *} for the environment names every boundary of the project.
     */
    public static String boundaryPolicy(String project, String environment) {
        return project + "-" + environment + "-boundary";
    }

    /** The one boundary of every {@code pr-*} preview's roles. */
    public static String previewBoundaryPolicy(String project) {
        return boundaryPolicy(project, "pr");
    }

    public static String policyArn(String accountId, String policyName) {
        return "arn:aws:iam::" + accountId + ":policy/" + policyName;
    }

    /** What every CI role's name starts with. */
    public static String rolePrefix(String project) {
        return project + "-ci-";
    }

    public static String planRole(String project, String environment) {
        return rolePrefix(project) + "plan-" + environment;
    }

    public static String deployRole(String project, String environment) {
        return rolePrefix(project) + "deploy-" + environment;
    }

    public static String previewRole(String project) {
        return rolePrefix(project) + "preview";
    }

    public static String roleArn(String accountId, String roleName) {
        return "arn:aws:iam::" + accountId + ":role/" + roleName;
    }

    /** Where the plan job leaves the saved plan of a commit for the gated apply job. */
    public static String plansPrefix(String project, String environment) {
        return project + "/" + environment + "/plans/";
    }
}
