package dev.ddbchanges.app.ci;

import dev.ddbchanges.app.config.CiAccount;
import dev.ddbchanges.app.config.CiNames;
import dev.ddbchanges.app.config.EnvironmentSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.constructs.Construct;

/**
 * The roles of one account: a plan and a deploy role per automated environment, and the preview role. Pull requests
 * plan non-production environments only; production is planned on the default branch, behind its own environment.
 */
public final class CiRoles extends Construct {
    public CiRoles(Construct scope, String id, CiAccount account, String providerArn) {
        super(scope, id);
        String repo = "repo:" + account.ci().repository();
        for (EnvironmentSettings environment : account.environments()) {
            CiScope roleScope = CiScope.of(environment);
            String name = environment.name();
            List<String> planSubjects = new ArrayList<>();
            if (!environment.production()) {
                planSubjects.add(repo + ":pull_request");
            }
            planSubjects.add(repo + ":environment:" + name + "-plan");
            new CiRole(
                    this,
                    "plan-" + name,
                    CiNames.planRole(environment.project(), name),
                    "plans " + name + " without reading its data",
                    providerArn,
                    planSubjects,
                    PlanPolicy.of(roleScope),
                    "AWS_PLAN_ROLE_ARN_" + variable(name));
            new CiRole(
                    this,
                    "deploy-" + name,
                    CiNames.deployRole(environment.project(), name),
                    "applies the reviewed plan of " + name,
                    providerArn,
                    List.of(repo + ":environment:" + name),
                    DeployPolicy.of(roleScope),
                    "AWS_ROLE_ARN_" + variable(name));
        }
        account.previewBase()
                .ifPresent(base -> new CiRole(
                        this,
                        "preview",
                        CiNames.previewRole(account.project()),
                        "deploys and destroys the pr-* previews (copies of " + base.name() + ")",
                        providerArn,
                        List.of(repo + ":environment:preview"),
                        DeployPolicy.of(CiScope.previews(base)),
                        "AWS_PREVIEW_ROLE_ARN"));
    }

    /** A workflow variable's suffix: {@code STAGING_EU} for {@code staging-eu}. */
    static String variable(String environment) {
        return environment.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
