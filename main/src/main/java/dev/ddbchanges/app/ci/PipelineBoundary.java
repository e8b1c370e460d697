package dev.ddbchanges.app.ci;

import com.hashicorp.cdktf.providers.aws.iam_policy.IamPolicy;
import com.hashicorp.cdktf.providers.aws.iam_policy.IamPolicyConfig;
import dev.ddbchanges.app.config.StateBootstrap;
import dev.ddbchanges.app.constructs.catalog.ChangeCatalog;
import dev.ddbchanges.app.iam.PolicyDocument;
import dev.ddbchanges.app.iam.PolicyStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import software.constructs.Construct;

/**
 * The most any role of one environment's pipeline (or of every preview's) may ever do: what the converter, delivery,
 * crawler and current-state refresh roles are granted, on that environment's names and keys only. A deploy role can
 * create roles only with its environment's boundary, so no change it deploys, reviewed or not, can mint a role that
 * reaches another environment, the state, IAM or STS; what the boundary does not allow is denied.
 */
public final class PipelineBoundary extends Construct {
    /** The environment tag the state-bootstrap stacks give the state key: {@code state-bootstrap[-<account>]}. */
    static final String STATE_KEY_ENVIRONMENT = StateBootstrap.STACK_NAME + "*";

    /**
     * @param environment  the environment's name, or {@code pr-*} for the previews
     * @param stateBuckets the state buckets of the account, which no pipeline role ever needs
     */
    public PipelineBoundary(
            Construct scope, String id, String project, String environment, String name, List<String> stateBuckets) {
        super(scope, id);
        new IamPolicy(
                this,
                "policy",
                IamPolicyConfig.builder()
                        .name(name)
                        .description("Permissions boundary of every role the " + project + " pipeline of " + environment
                                + " creates")
                        .policy(document(project, environment, stateBuckets))
                        .build());
    }

    static String document(String project, String environment, List<String> stateBuckets) {
        String prefix = project + "-" + environment;
        String glueDatabase = prefix.replace('-', '_');
        List<String> state = new ArrayList<>();
        stateBuckets.forEach(
                bucket -> state.addAll(List.of("arn:aws:s3:::" + bucket, "arn:aws:s3:::" + bucket + "/*")));
        return PolicyDocument.of(
                PolicyStatement.allow("PipelineBuckets")
                        .withActions(
                                "s3:GetBucketLocation",
                                "s3:ListBucket",
                                "s3:ListBucketMultipartUploads",
                                "s3:GetObject",
                                "s3:PutObject",
                                "s3:AbortMultipartUpload",
                                // The refresh's VACUUM deletes the Iceberg table's unreferenced files.
                                "s3:DeleteObject")
                        .withResources("arn:aws:s3:::" + prefix + "-*", "arn:aws:s3:::" + prefix + "-*/*"),
                PolicyStatement.allow("ChangeStream")
                        .withActions(
                                "kinesis:DescribeStream",
                                "kinesis:ListShards",
                                "kinesis:GetRecords",
                                "kinesis:GetShardIterator")
                        .withResources("arn:aws:kinesis:*:*:stream/" + prefix + "-*"),
                PolicyStatement.allow("Converter")
                        .withActions("lambda:GetFunctionConfiguration", "lambda:InvokeFunction")
                        .withResources("arn:aws:lambda:*:*:function:" + prefix + "-*"),
                PolicyStatement.allow("Catalog")
                        .withActions(Stream.concat(
                                        ChangeCatalog.CRAWL_ACTIONS.stream(),
                                        // The refresh creates its Iceberg table with Athena DDL.
                                        Stream.of("glue:CreateTable"))
                                .toArray(String[]::new))
                        .withResources(
                                "arn:aws:glue:*:*:catalog",
                                "arn:aws:glue:*:*:database/" + glueDatabase,
                                "arn:aws:glue:*:*:table/" + glueDatabase + "/*"),
                PolicyStatement.allow("Queries")
                        .withActions(
                                "athena:StartQueryExecution", "athena:GetQueryExecution", "athena:StopQueryExecution")
                        .withResources("arn:aws:athena:*:*:workgroup/" + prefix + "-*"),
                PolicyStatement.allow("QueryCatalog")
                        .withActions("athena:GetDataCatalog")
                        .withResources("arn:aws:athena:*:*:datacatalog/AwsDataCatalog"),
                PolicyStatement.allow("RefreshMachine")
                        .withActions("states:ListExecutions", "states:StartExecution")
                        .withResources("arn:aws:states:*:*:stateMachine:" + prefix + "-*"),
                PolicyStatement.allow("Logs")
                        .withActions(
                                "logs:CreateLogGroup",
                                "logs:CreateLogStream",
                                "logs:PutLogEvents",
                                "logs:AssociateKmsKey")
                        .withResources(
                                "arn:aws:logs:*:*:log-group:/aws/lambda/" + prefix + "-*",
                                "arn:aws:logs:*:*:log-group:/aws/kinesisfirehose/" + prefix + "-*",
                                "arn:aws:logs:*:*:log-group:/aws-glue/crawlers-role/" + prefix + "-*"),
                PolicyStatement.allow("PipelineKeys")
                        .withActions("kms:Decrypt", "kms:GenerateDataKey")
                        .withResources("arn:aws:kms:*:*:key/*")
                        .withCondition("StringLike", "aws:ResourceTag/environment", environment)
                        .withCondition("StringEquals", "aws:ResourceTag/project", project),
                // Neither the security configuration nor X-Ray's writes name a resource in IAM.
                PolicyStatement.allow("Unscopable")
                        .withActions(
                                "glue:GetSecurityConfiguration", "xray:PutTraceSegments", "xray:PutTelemetryRecords")
                        .withResources("*"),
                // A name pattern can match a state bucket, and a key can be re-tagged: never the state.
                PolicyStatement.deny("NoState").withActions("s3:*").withResources(state.toArray(String[]::new)),
                PolicyStatement.deny("NoStateKey")
                        .withActions("kms:*")
                        .withResources("*")
                        .withCondition("StringLike", "aws:ResourceTag/environment", STATE_KEY_ENVIRONMENT));
    }
}
