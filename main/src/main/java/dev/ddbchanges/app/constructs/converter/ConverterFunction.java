package dev.ddbchanges.app.constructs.converter;

import com.hashicorp.cdktf.AssetType;
import com.hashicorp.cdktf.TerraformAsset;
import com.hashicorp.cdktf.TerraformAssetConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.lambda_alias.LambdaAlias;
import com.hashicorp.cdktf.providers.aws.lambda_alias.LambdaAliasConfig;
import com.hashicorp.cdktf.providers.aws.lambda_function.LambdaFunction;
import com.hashicorp.cdktf.providers.aws.lambda_function.LambdaFunctionConfig;
import com.hashicorp.cdktf.providers.aws.lambda_function.LambdaFunctionEnvironment;
import com.hashicorp.cdktf.providers.aws.lambda_function.LambdaFunctionSnapStart;
import com.hashicorp.cdktf.providers.aws.lambda_function.LambdaFunctionTracingConfig;
import dev.ddbchanges.app.constructs.Metric;
import dev.ddbchanges.app.constructs.encryption.EncryptionContext;
import dev.ddbchanges.app.constructs.logging.EncryptedLogGroup;
import dev.ddbchanges.app.constructs.logging.EncryptedLogGroupProps;
import dev.ddbchanges.app.iam.PolicyStatement;
import dev.ddbchanges.app.iam.ServiceRole;
import dev.ddbchanges.app.iam.ServiceRoleProps;
import dev.ddbchanges.contract.ConverterMetrics;
import dev.ddbchanges.converter.FirehoseTransformationHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * The Firehose converter Lambda: the shaded jar as a cdktf asset, its own encrypted log group (created first), a
 * role that may only write to that group, and a published version behind an alias, which is what Firehose invokes.
 */
public final class ConverterFunction extends Construct {
    /** Named from the class itself: renaming the handler breaks this build, not the deployed function. */
    public static final String HANDLER = FirehoseTransformationHandler.class.getName() + "::handleRequest";
    /** The jar holds Java 17 class files; java21 is the newest managed Java runtime provider 5.100 knows. */
    public static final String RUNTIME = "java21";

    /**
     * Firehose invokes this alias, which always names a published version. A new version moves the alias in one
     * step; had Firehose held a version ARN, its invoke permission would switch to the new version before Firehose
     * did, and the batches in between would fail.
     */
    public static final String ALIAS = "live";

    private final LambdaFunction function;
    private final LambdaAlias alias;

    public ConverterFunction(Construct scope, String id, ConverterFunctionProps props) {
        super(scope, id);
        TerraformAsset jar = new TerraformAsset(
                this,
                "jar",
                TerraformAssetConfig.builder()
                        .path(props.jar().toString())
                        .type(AssetType.FILE)
                        .build());
        EncryptedLogGroup logs = new EncryptedLogGroup(
                this, "logs", new EncryptedLogGroupProps(props.logGroupName(), props.key(), props.logRetentionDays()));
        ServiceRole role = new ServiceRole(
                this,
                "role",
                new ServiceRoleProps(
                        props.roleName(),
                        "Runs the converter " + props.functionName() + "; may only write its own logs and traces",
                        "lambda.amazonaws.com",
                        List.of()));
        IamRolePolicy writeLogs = role.grant(
                this,
                "write-logs-and-traces",
                PolicyStatement.allow("WriteOwnLogs")
                        .withActions("logs:CreateLogStream", "logs:PutLogEvents")
                        .withResources(logs.arn() + ":log-stream:*"),
                // X-Ray's write actions support no resource-level permission: Resource "*" is the only form.
                PolicyStatement.allow("WriteTraces")
                        .withActions("xray:PutTraceSegments", "xray:PutTelemetryRecords")
                        .withResources("*"));
        // No dead-letter queue (CKV_AWS_116): Firehose invokes synchronously and keeps failed records itself.
        // No VPC (CKV_AWS_117): the function reaches no private resource, so a VPC would only add NAT cost.
        LambdaFunctionConfig.Builder config = LambdaFunctionConfig.builder()
                .functionName(props.functionName())
                .description("Turns each DynamoDB change record Firehose hands it into one flat line of JSON")
                .role(role.arn())
                .runtime(RUNTIME)
                .handler(HANDLER)
                .filename(jar.getPath())
                .sourceCodeHash(base64Sha256(props.jar()))
                .memorySize(props.settings().memoryMb())
                .timeout(props.settings().timeoutSeconds())
                .publish(true)
                // Said explicitly, from the constant the alarm reads, so the two cannot drift apart.
                .environment(LambdaFunctionEnvironment.builder()
                        .variables(Map.of(ConverterMetrics.NAMESPACE_VARIABLE, ConverterMetrics.DEFAULT_NAMESPACE))
                        .build())
                // The environment variables, and the SnapStart snapshots where on, are encrypted with the
                // environment's key like everything else it keeps (CKV_AWS_173). Lambda creates a grant for the role
                // with the deploying identity's kms:CreateGrant, kms:Encrypt and kms:Decrypt.
                .kmsKeyArn(props.key().arn())
                // Each batch becomes a trace: where its time went, and which invocations Firehose retried.
                .tracingConfig(
                        LambdaFunctionTracingConfig.builder().mode("Active").build())
                // Lambda would otherwise create the group on first write: unencrypted and never expiring.
                .dependsOn(List.of(logs.group(), writeLogs));
        // Unset by default (CKV_AWS_115's written reason): Lambda keeps at least 100 of an account's concurrency
        // unreserved, so an account still on the new-account quota of 10 rejects any reservation.
        props.settings().reservedConcurrency().ifPresent(config::reservedConcurrentExecutions);
        if (props.settings().snapStart()) {
            // Firehose invokes the alias, which names a published version, so every invocation can resume from the
            // snapshot; the handler primes itself before the snapshot is taken (see FirehoseTransformationHandler).
            config.snapStart(LambdaFunctionSnapStart.builder()
                    .applyOn("PublishedVersions")
                    .build());
        }
        function = new LambdaFunction(this, "function", config.build());
        // The same use the grant Lambda makes allows, held by the role itself, as defence in depth: the AWS provider's
        // aws_lambda_function page notes that a recreated role leaves Lambda's grant no longer valid until the
        // function's role is changed or the function recreated; this statement does not depend on the grant.
        role.grant(
                this,
                "decrypt-environment",
                props.key()
                        .grantUseVia(
                                "DecryptOwnEnvironment",
                                EncryptionContext.lambdaFunction(function.getArn()),
                                "kms:Decrypt"));
        alias = new LambdaAlias(
                this,
                "alias",
                LambdaAliasConfig.builder()
                        .name(ALIAS)
                        .description("The published version Firehose invokes")
                        .functionName(function.getFunctionName())
                        .functionVersion(function.getVersion())
                        .build());
    }

    public String functionName() {
        return function.getFunctionName();
    }

    /** What Firehose invokes: the alias of the published version (never $LATEST, which a console edit changes). */
    public String invokeArn() {
        return alias.getArn();
    }

    /** The published version the alias points at. */
    public String version() {
        return alias.getFunctionVersion();
    }

    /** Records the converter answered ProcessingFailed: published by the converter itself, per batch. */
    public Metric metricFailedRecords() {
        return new Metric(
                ConverterMetrics.DEFAULT_NAMESPACE,
                ConverterMetrics.RECORDS_PROCESSING_FAILED,
                Map.of(ConverterMetrics.DIMENSION, function.getFunctionName()),
                "Sum");
    }

    /** Invocations that failed as a whole: Firehose retries the batch. */
    public Metric metricErrors() {
        return lambdaMetric("Errors");
    }

    /** Invocations Lambda refused for lack of concurrency. */
    public Metric metricThrottles() {
        return lambdaMetric("Throttles");
    }

    private Metric lambdaMetric(String name) {
        return new Metric("AWS/Lambda", name, Map.of("FunctionName", function.getFunctionName()), "Sum");
    }

    /** Lets {@code role} invoke the alias, and nothing else of the function. */
    public IamRolePolicy grantInvoke(ServiceRole role) {
        return role.grant(
                this,
                "invoke-converter",
                PolicyStatement.allow("InvokeConverterAlias")
                        .withActions("lambda:InvokeFunction", "lambda:GetFunctionConfiguration")
                        .withResources(alias.getArn()));
    }

    /**
     * What Terraform compares ({@code filebase64sha256}): a new jar is a new version, an identical rebuild is none
     * (the jar is reproducible).
     */
    static String base64Sha256(Path file) {
        try {
            return Base64.getEncoder().encodeToString(sha256().digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the converter jar " + file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
