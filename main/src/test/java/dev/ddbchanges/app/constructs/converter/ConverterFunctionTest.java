package dev.ddbchanges.app.constructs.converter;

import static dev.ddbchanges.app.Synthesized.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.constructs.Metric;
import dev.ddbchanges.app.constructs.Pipeline;
import org.junit.jupiter.api.Test;

class ConverterFunctionTest {
    private static final String FUNCTION = "aws_lambda_function.converter_function_56FCE06F";

    private final Synthesized stack = Pipeline.synth();
    private final JsonNode function = stack.resource("aws_lambda_function");

    @Test
    void theFunctionRunsTheStreamHandlerOnJava21AndPublishesAVersion() {
        assertThat(function.path("function_name").asText()).isEqualTo("orders-dev-converter");
        assertThat(function.path("runtime").asText()).isEqualTo("java21");
        assertThat(function.path("handler").asText())
                .isEqualTo("dev.ddbchanges.converter.FirehoseTransformationHandler::handleRequest");
        assertThat(function.path("publish").asBoolean()).isTrue();
        assertThat(function.path("role").asText()).isEqualTo("${aws_iam_role.converter_role_FEC5BFC5.arn}");
    }

    @Test
    void firehoseGetsAnAliasThatAlwaysNamesThePublishedVersion() {
        JsonNode alias = stack.resource("aws_lambda_alias");

        assertThat(alias.path("name").asText()).isEqualTo("live");
        assertThat(alias.path("function_name").asText()).isEqualTo("${" + FUNCTION + ".function_name}");
        assertThat(alias.path("function_version").asText()).isEqualTo("${" + FUNCTION + ".version}");
    }

    @Test
    void theMetricsNamespaceIsTheOneTheFailedRecordsAlarmWatches() {
        assertThat(function.path("environment")
                        .path("variables")
                        .path("METRICS_NAMESPACE")
                        .asText())
                .isEqualTo("DdbChangeAnalytics/Converter");
    }

    @Test
    void itsLogGroupExistsBeforeItAndIsEncrypted() {
        JsonNode group = stack.resourceWhere("aws_cloudwatch_log_group", "name", "/aws/lambda/orders-dev-converter");

        assertThat(group.path("kms_key_id").asText()).isEqualTo("${aws_kms_key.key_F64E54E4.arn}");
        assertThat(texts(function.path("depends_on")))
                .contains("aws_cloudwatch_log_group.converter_logs_group_9CF5CD1E");
    }

    @Test
    void itsRoleTrustsOnlyLambdaAndMayOnlyWriteItsOwnLogGroup() {
        JsonNode role = stack.resourceWhere("aws_iam_role", "name", "orders-dev-converter-role");
        JsonNode trust =
                Synthesized.parse(role.path("assume_role_policy").asText()).path("Statement");
        JsonNode policy = stack.resourceWhere("aws_iam_role_policy", "name", "write-logs-and-traces");

        assertThat(trust).singleElement().satisfies(statement -> {
            assertThat(statement.path("Principal").path("Service").asText()).isEqualTo("lambda.amazonaws.com");
            assertThat(texts(statement.path("Action"))).containsExactly("sts:AssumeRole");
        });
        assertThat(policy.path("role").asText()).isEqualTo("${aws_iam_role.converter_role_FEC5BFC5.name}");
        JsonNode statements = Synthesized.policy(policy).path("Statement");
        assertThat(statements).hasSize(2);
        assertThat(texts(statements.get(0).path("Action")))
                .containsExactly("logs:CreateLogStream", "logs:PutLogEvents");
        assertThat(texts(statements.get(0).path("Resource")))
                .containsExactly("${aws_cloudwatch_log_group.converter_logs_group_9CF5CD1E.arn}:log-stream:*");
        assertThat(texts(statements.get(1).path("Action")))
                .containsExactly("xray:PutTraceSegments", "xray:PutTelemetryRecords");
        assertThat(stack.resources("aws_iam_role_policy"))
                .filteredOn(p -> p.path("role").asText().equals("${aws_iam_role.converter_role_FEC5BFC5.name}"))
                .extracting(p -> p.path("name").asText())
                .containsExactlyInAnyOrder("write-logs-and-traces", "decrypt-environment");
    }

    /** CKV_AWS_173: the environment variables are encrypted with the key, and only this function may decrypt them. */
    @Test
    void itsEnvironmentIsEncryptedWithTheKeyWhichOnlyItsRoleMayDecryptThroughLambda() {
        Synthesized stack = TestApps.synthConstruct(Pipeline::new);
        JsonNode function = stack.resource("aws_lambda_function");
        JsonNode policy = stack.resourceWhere("aws_iam_role_policy", "name", "decrypt-environment");

        assertThat(function.path("kms_key_arn").asText()).isEqualTo("${aws_kms_key.key_F64E54E4.arn}");
        assertThat(policy.path("role").asText()).isEqualTo("${aws_iam_role.converter_role_FEC5BFC5.name}");
        assertThat(Synthesized.policy(policy).path("Statement")).isEqualTo(Synthesized.parse("""
                        [{"Sid": "DecryptOwnEnvironment", "Effect": "Allow", "Action": ["kms:Decrypt"],
                          "Resource": ["${aws_kms_key.key_F64E54E4.arn}"],
                          "Condition": {"StringEquals": {
                            "kms:ViaService": "lambda.us-west-2.amazonaws.com",
                            "kms:EncryptionContext:aws:lambda:FunctionArn":
                              "${aws_lambda_function.converter_function_56FCE06F.arn}"}}}]"""));
    }

    @Test
    void itNamesItsFailedRecordsErrorsAndThrottles() {
        TestApps.synthConstruct(s -> {
            ConverterFunction converter = new Pipeline(s).converter;

            assertMetric(converter.metricFailedRecords(), "DdbChangeAnalytics/Converter", "RecordsProcessingFailed");
            assertMetric(converter.metricErrors(), "AWS/Lambda", "Errors");
            assertMetric(converter.metricThrottles(), "AWS/Lambda", "Throttles");
        });
    }

    @Test
    void twoFunctionsLiveInOneStackEachWithItsOwnRoleLogsAndAlias() {
        Synthesized two = TestApps.synthConstruct(s -> new Pipeline(s).converter("second", "orders-dev-converter-2"));

        assertThat(two.resources("aws_lambda_function"))
                .extracting(f -> f.path("function_name").asText())
                .containsExactlyInAnyOrder("orders-dev-converter", "orders-dev-converter-2");
        assertThat(two.resources("aws_iam_role"))
                .extracting(r -> r.path("name").asText())
                .contains("orders-dev-converter-role", "orders-dev-converter-2-role");
        assertThat(two.resources("aws_cloudwatch_log_group"))
                .extracting(g -> g.path("name").asText())
                .contains("/aws/lambda/orders-dev-converter", "/aws/lambda/orders-dev-converter-2");
        assertThat(two.resources("aws_lambda_alias"))
                .extracting(a -> a.path("function_name").asText())
                .doesNotHaveDuplicates()
                .hasSize(2);
    }

    private static void assertMetric(Metric metric, String namespace, String name) {
        assertThat(metric.namespace()).isEqualTo(namespace);
        assertThat(metric.name()).isEqualTo(name);
        // The value is a token of the function's name; PipelineAlarmsTest reads it resolved in the alarms.
        assertThat(metric.dimensions()).containsOnlyKeys("FunctionName");
        assertThat(metric.statistic()).isEqualTo("Sum");
    }
}
