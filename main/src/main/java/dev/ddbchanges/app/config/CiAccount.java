package dev.ddbchanges.app.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one CI-access stack creates: the roles of every automated environment in one account, and the preview role
 * where the environment previews copy is among them.
 *
 * @param environments the automated environments of the account, each with its own plan and deploy role
 * @param previewBase  the environment short-lived {@code pr-*} copies are made of, when it is automated here
 */
public record CiAccount(
        String accountId,
        String project,
        String region,
        CiSettings ci,
        List<EnvironmentSettings> environments,
        Optional<EnvironmentSettings> previewBase) {

    public CiAccount {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(ci, "ci");
        environments = List.copyOf(environments);
        Objects.requireNonNull(previewBase, "previewBase");
    }

    /** One per account an automated environment names; validation has made sure each names one. */
    public static List<CiAccount> of(CiSettings ci, List<EnvironmentSettings> environments) {
        Map<String, List<EnvironmentSettings>> byAccount = new LinkedHashMap<>();
        environments.stream()
                .filter(EnvironmentSettings::automation)
                .filter(e -> e.baseEnvironment().isEmpty())
                .forEach(e -> byAccount
                        .computeIfAbsent(e.accountId().orElseThrow(), account -> new ArrayList<>())
                        .add(e));
        List<CiAccount> accounts = new ArrayList<>();
        byAccount.forEach((account, automated) -> {
            EnvironmentSettings first = automated.get(0);
            Optional<EnvironmentSettings> previewBase = automated.stream()
                    .filter(e -> e.name().equals(EphemeralRequest.DEFAULT_BASE))
                    .findFirst();
            accounts.add(new CiAccount(account, first.project(), first.region(), ci, automated, previewBase));
        });
        return accounts;
    }
}
