package dev.ddbchanges.app.ci;

import com.hashicorp.cdktf.providers.aws.iam_policy.IamPolicy;
import com.hashicorp.cdktf.providers.aws.iam_policy.IamPolicyConfig;
import dev.ddbchanges.app.config.CiNames;
import dev.ddbchanges.app.iam.PolicyDocument;
import dev.ddbchanges.app.iam.PolicyStatement;
import software.constructs.Construct;

/**
 * The most any role of the pipeline may ever do: what the converter, delivery and crawler roles are granted, on this
 * project's resources only. A deploy role can create roles only with this boundary, so no pipeline change can mint a
 * role that reaches IAM, STS or anything else in the account; what it does not allow is denied.
 */
public final class PipelineBoundary extends Construct {
    public PipelineBoundary(Construct scope, String id, String project) {
        super(scope, id);
        new IamPolicy(
                this,
                "policy",
                IamPolicyConfig.builder()
                        .name(CiNames.boundaryPolicy(project))
                        .description("Permissions boundary of every role the " + project + " pipeline creates")
                        .policy(document(project))
                        .build());
    }

    static String document(String project) {
        String glueDatabase = project.replace('-', '_') + "_*";
        return PolicyDocument.of(
                PolicyStatement.allow("PipelineBuckets")
                        .withActions(
                                "s3:GetBucketLocation",
                                "s3:ListBucket",
                                "s3:ListBucketMultipartUploads",
                                "s3:GetObject",
                                "s3:PutObject",
                                "s3:AbortMultipartUpload")
                        .withResources("arn:aws:s3:::" + project + "-*", "arn:aws:s3:::" + project + "-*/*"),
                PolicyStatement.allow("ChangeStream")
                        .withActions(
                                "kinesis:DescribeStream",
                                "kinesis:ListShards",
                                "kinesis:GetRecords",
                                "kinesis:GetShardIterator")
                        .withResources("arn:aws:kinesis:*:*:stream/" + project + "-*"),
                PolicyStatement.allow("Converter")
                        .withActions("lambda:GetFunctionConfiguration", "lambda:InvokeFunction")
                        .withResources("arn:aws:lambda:*:*:function:" + project + "-*"),
                PolicyStatement.allow("Catalog")
                        .withActions(
                                "glue:GetDatabase",
                                "glue:GetTable",
                                "glue:GetTables",
                                "glue:UpdateTable",
                                "glue:GetPartition",
                                "glue:GetPartitions",
                                "glue:BatchGetPartition",
                                "glue:CreatePartition",
                                "glue:BatchCreatePartition",
                                "glue:UpdatePartition",
                                "glue:BatchUpdatePartition")
                        .withResources(
                                "arn:aws:glue:*:*:catalog",
                                "arn:aws:glue:*:*:database/" + glueDatabase,
                                "arn:aws:glue:*:*:table/" + glueDatabase + "/*"),
                PolicyStatement.allow("Logs")
                        .withActions(
                                "logs:CreateLogGroup",
                                "logs:CreateLogStream",
                                "logs:PutLogEvents",
                                "logs:AssociateKmsKey")
                        .withResources(
                                "arn:aws:logs:*:*:log-group:/aws/lambda/" + project + "-*",
                                "arn:aws:logs:*:*:log-group:/aws/kinesisfirehose/" + project + "-*",
                                "arn:aws:logs:*:*:log-group:/aws-glue/crawlers-role/" + project + "-*"),
                PolicyStatement.allow("PipelineKeys")
                        .withActions("kms:Decrypt", "kms:GenerateDataKey")
                        .withResources("arn:aws:kms:*:*:key/*")
                        .withCondition("StringEquals", "aws:ResourceTag/project", project),
                // Neither the security configuration nor X-Ray's writes name a resource in IAM.
                PolicyStatement.allow("Unscopable")
                        .withActions(
                                "glue:GetSecurityConfiguration", "xray:PutTraceSegments", "xray:PutTelemetryRecords")
                        .withResources("*"));
    }
}
