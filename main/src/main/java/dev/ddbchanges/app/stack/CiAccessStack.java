package dev.ddbchanges.app.stack;

import com.hashicorp.cdktf.LocalBackend;
import com.hashicorp.cdktf.LocalBackendConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderConfig;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderDefaultTags;
import dev.ddbchanges.app.ci.CiRoles;
import dev.ddbchanges.app.ci.GithubOidcProvider;
import dev.ddbchanges.app.ci.PipelineBoundary;
import dev.ddbchanges.app.config.CiAccount;
import dev.ddbchanges.app.config.CiNames;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.StateFiles;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * The identities the GitHub workflows use in one account, deployed once per account with administrator credentials
 * ({@code cdktf deploy ci-access-<account>}). Its state is local, like state-bootstrap's: the roles it creates are the
 * only ones that may write to the state bucket, so keeping its own state there would let a CI role change the
 * identities of CI. Only an administrator deploys it; the deploy roles are denied every change to it.
 */
public final class CiAccessStack extends TerraformStack {
    public CiAccessStack(Construct scope, CiAccount account) {
        super(scope, CiNames.stack(account.accountId()));
        String name = CiNames.stack(account.accountId());
        new LocalBackend(
                this,
                LocalBackendConfig.builder().path(StateFiles.localPath(name)).build());
        addOverride("terraform.required_version", StateBackend.REQUIRED_TERRAFORM);
        new AwsProvider(
                this,
                "aws",
                AwsProviderConfig.builder()
                        .region(account.region())
                        .allowedAccountIds(List.of(account.accountId()))
                        .defaultTags(List.of(AwsProviderDefaultTags.builder()
                                .tags(Map.of("project", account.project(), "environment", name, "managed-by", "cdktf"))
                                .build()))
                        .build());
        addOverride("terraform.required_providers.aws.version", PipelineStack.AWS_PROVIDER_CONSTRAINT);
        GithubOidcProvider provider = new GithubOidcProvider(this, "github");
        boundaries(account);
        new CiRoles(this, "roles", account, provider.arn());
    }

    /** One per automated environment, and one every preview of the account shares. */
    private void boundaries(CiAccount account) {
        String project = account.project();
        List<String> stateBuckets = account.environments().stream()
                .flatMap(e -> e.stateBucket().stream())
                .distinct()
                .toList();
        for (EnvironmentSettings environment : account.environments()) {
            new PipelineBoundary(
                    this,
                    "boundary-" + environment.name(),
                    project,
                    environment.name(),
                    CiNames.boundaryPolicy(project, environment.name()),
                    stateBuckets);
        }
        new PipelineBoundary(
                this,
                "boundary-previews",
                project,
                CiNames.PREVIEW_PREFIX + "*",
                CiNames.previewBoundaryPolicy(project),
                stateBuckets);
    }
}
