package dev.ddbchanges.app.config;

import java.util.Objects;

/**
 * cdktf.json's {@code context.ci}: the GitHub repository whose workflows may assume the CI roles.
 *
 * @param repository    {@code <owner>/<name>}, as it appears in the OIDC subject {@code repo:<owner>/<name>:...}
 * @param defaultBranch the branch production is planned and deployed from
 */
public record CiSettings(String repository, String defaultBranch) {
    public static final String POINTER = "/context/ci";

    public CiSettings {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(defaultBranch, "defaultBranch");
    }
}
