package dev.ddbchanges.app.ci;

import com.hashicorp.cdktf.providers.aws.iam_openid_connect_provider.IamOpenidConnectProvider;
import com.hashicorp.cdktf.providers.aws.iam_openid_connect_provider.IamOpenidConnectProviderConfig;
import java.util.List;
import software.constructs.Construct;

/** GitHub Actions' OIDC issuer, trusted once per account; each CI role then narrows it to its own subjects. */
public final class GithubOidcProvider extends Construct {
    public static final String HOST = "token.actions.githubusercontent.com";
    /** What aws-actions/configure-aws-credentials asks GitHub to put in the token's aud claim. */
    public static final String AUDIENCE = "sts.amazonaws.com";

    /**
     * The 18.0.3 bindings require a thumbprint list although IAM now verifies GitHub's certificate against its own
     * trusted CAs. These are the two GitHub published for the issuer's certificate chains (GitHub changelog,
     * 2023-06-27, "GitHub Actions - Update on OIDC integration with AWS").
     */
    static final List<String> THUMBPRINTS =
            List.of("6938fd4d98bab03faadb97b34396831e3780aea1", "1c58a3a8518e8759bf075b76b750d4f2df264fcd");

    private final IamOpenidConnectProvider provider;

    public GithubOidcProvider(Construct scope, String id) {
        super(scope, id);
        provider = new IamOpenidConnectProvider(
                this,
                "provider",
                IamOpenidConnectProviderConfig.builder()
                        .url("https://" + HOST)
                        .clientIdList(List.of(AUDIENCE))
                        .thumbprintList(THUMBPRINTS)
                        .build());
    }

    public String arn() {
        return provider.getArn();
    }
}
