package dev.ddbchanges.app.config;

/** The names of the CI-access stack: its own, its roles' and the permissions boundary's. */
public final class CiNames {
    /** What a short-lived environment's name starts with (see {@link EphemeralRequest}). */
    public static final String PREVIEW_PREFIX = "pr-";

    private CiNames() {}

    public static String stack(String accountId) {
        return "ci-access-" + accountId;
    }

    public static String boundaryPolicy(String project) {
        return project + "-pipeline-boundary";
    }

    public static String boundaryArn(String accountId, String project) {
        return "arn:aws:iam::" + accountId + ":policy/" + boundaryPolicy(project);
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
