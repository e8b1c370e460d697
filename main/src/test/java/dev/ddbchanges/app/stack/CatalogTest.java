package dev.ddbchanges.app.stack;

import static dev.ddbchanges.app.Synthesized.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Glue database, security configuration, table and crawler, in every environment. */
class CatalogTest {

    @Test
    void theDatabaseIsNamedWithUnderscores() {
        ShippedStacks.forEach((environment, stack) -> assertThat(
                        stack.resource("aws_glue_catalog_database").path("name").asText())
                .isEqualTo(prefix(stack).replace('-', '_'))
                .doesNotContain("-"));
    }

    /** What the crawler makes of its props is ChangeCrawlerTest's; here, its name and log group per environment. */
    @Test
    void theCrawlerAndItsLogGroupAreNamedAfterTheEnvironment() {
        ShippedStacks.forEach((environment, stack) -> {
            assertThat(stack.resource("aws_glue_crawler").path("name").asText()).isEqualTo(prefix(stack) + "-crawler");
            assertThat(stack.resourceWhere(
                            "aws_cloudwatch_log_group",
                            "name",
                            "/aws-glue/crawlers-role/" + prefix(stack) + "-crawler-role-" + prefix(stack)
                                    + "-glue-security"))
                    .isNotNull();
        });
    }

    @Test
    void theCrawlerRunsDailyUnlessTheSettingsGiveAnotherSchedule() {
        assertThat(ShippedStacks.get("dev")
                        .resource("aws_glue_crawler")
                        .path("schedule")
                        .asText())
                .isEqualTo("cron(30 0 * * ? *)");
        assertThat(ShippedStacks.get(ShippedStacks.EVERY_SETTING)
                        .resource("aws_glue_crawler")
                        .path("schedule")
                        .asText())
                .isEqualTo("cron(15 3 * * ? *)");
    }

    /** The crawler registers partitions of the table Terraform declares, in every environment. */
    @Test
    void theCrawlerCrawlsTheDeclaredTable() {
        ShippedStacks.forEach((environment, stack) -> {
            JsonNode table = stack.resourceWhere("aws_glue_catalog_table", "name", "dynamodb_changes");
            JsonNode target = stack.resource("aws_glue_crawler").path("catalog_target");

            assertThat(table.path("name").asText()).isEqualTo("dynamodb_changes");
            assertThat(table.path("database_name").asText())
                    .isEqualTo(stack.reference(
                            "aws_glue_catalog_database", stack.resource("aws_glue_catalog_database"), "name"));
            assertThat(target).singleElement().satisfies(only -> {
                assertThat(only.path("database_name").asText())
                        .isEqualTo(stack.reference("aws_glue_catalog_table", table, "database_name"));
                assertThat(texts(only.path("tables"))).containsExactly("dynamodb_changes");
            });
            assertThat(stack.json().has("import"))
                    .as("no environment adopts by default")
                    .isFalse();
        });
    }

    /** docs/security-rules.md, "Crawler role": not AWSGlueServiceRole, but exactly this. */
    @Test
    void theCrawlerRoleMayDoExactlyWhatCrawlingNeeds() {
        ShippedStacks.forEach((environment, stack) -> {
            Map<String, JsonNode> statements = stack.statementsOfRole(role(stack));
            String region = stack.provider().path("region").asText();
            String bucket = stack.reference("aws_s3_bucket", stack.bucket("data"), "arn");
            String key = stack.reference("aws_kms_key", stack.resource("aws_kms_key"), "arn");
            JsonNode database = stack.resource("aws_glue_catalog_database");
            JsonNode group = stack.resourceWhere(
                    "aws_cloudwatch_log_group",
                    "name",
                    "/aws-glue/crawlers-role/" + prefix(stack) + "-crawler-role-" + prefix(stack) + "-glue-security");
            String groupArn = stack.reference("aws_cloudwatch_log_group", group, "arn");
            String catalog = texts(statements.get("CatalogPartitionsOfTheTable").path("Resource"))
                    .get(0);

            assertThat(statements.keySet())
                    .containsExactlyInAnyOrder(
                            "CatalogPartitionsOfTheTable",
                            "ReadSecurityConfiguration",
                            "ListUnderPrefix",
                            "LocateBucket",
                            "ReadUnderPrefix",
                            "DecryptObjectsThroughS3",
                            "WriteOwnLogs",
                            "EncryptOwnLogs");
            assertThat(catalog).startsWith("arn:aws:glue:" + region + ":").endsWith(":catalog");
            assertThat(texts(statements.get("CatalogPartitionsOfTheTable").path("Action")))
                    .containsExactly(
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
                            "glue:BatchUpdatePartition");
            assertThat(texts(statements.get("CatalogPartitionsOfTheTable").path("Resource")))
                    .containsExactly(
                            catalog,
                            stack.reference("aws_glue_catalog_database", database, "arn"),
                            stack.reference(
                                    "aws_glue_catalog_table",
                                    stack.resourceWhere("aws_glue_catalog_table", "name", "dynamodb_changes"),
                                    "arn"));
            assertThat(texts(statements.get("ReadSecurityConfiguration").path("Action")))
                    .containsExactly("glue:GetSecurityConfiguration");
            assertThat(texts(statements.get("ListUnderPrefix").path("Resource")))
                    .containsExactly(bucket);
            assertThat(texts(statements
                            .get("ListUnderPrefix")
                            .path("Condition")
                            .path("StringLike")
                            .path("s3:prefix")))
                    .containsExactly("changes", "changes/*");
            assertThat(texts(statements.get("ReadUnderPrefix").path("Action"))).containsExactly("s3:GetObject");
            assertThat(texts(statements.get("ReadUnderPrefix").path("Resource")))
                    .containsExactly(bucket + "/changes/*");
            assertThat(texts(statements.get("DecryptObjectsThroughS3").path("Action")))
                    .containsExactly("kms:Decrypt");
            assertThat(statements
                            .get("DecryptObjectsThroughS3")
                            .path("Condition")
                            .path("StringEquals")
                            .path("kms:ViaService")
                            .asText())
                    .isEqualTo("s3." + region + ".amazonaws.com");
            assertThat(texts(statements
                            .get("DecryptObjectsThroughS3")
                            .path("Condition")
                            .path("StringLike")
                            .path("kms:EncryptionContext:aws:s3:arn")))
                    .containsExactly(bucket, bucket + "/changes/*");
            assertThat(texts(statements.get("WriteOwnLogs").path("Resource")))
                    .containsExactly(groupArn, groupArn + ":log-stream:*");
            assertThat(texts(statements.get("EncryptOwnLogs").path("Resource"))).containsExactly(key);
            assertThat(statements
                            .get("EncryptOwnLogs")
                            .path("Condition")
                            .path("StringEquals")
                            .path("kms:ViaService")
                            .asText())
                    .isEqualTo("logs." + region + ".amazonaws.com");
            assertThat(statements
                            .get("EncryptOwnLogs")
                            .path("Condition")
                            .path("ArnEquals")
                            .path("kms:EncryptionContext:aws:logs:arn")
                            .asText())
                    .isEqualTo(groupArn);
            assertThat(statements.values())
                    .allSatisfy(statement -> assertThat(statement.toString()).doesNotContain("errors/"));
        });
    }

    @Test
    void theRoleTrustsOnlyGlue() {
        ShippedStacks.forEach((environment, stack) -> assertThat(
                        Synthesized.parse(role(stack).path("assume_role_policy").asText())
                                .path("Statement"))
                .singleElement()
                .satisfies(statement -> assertThat(
                                statement.path("Principal").path("Service").asText())
                        .isEqualTo("glue.amazonaws.com")));
    }

    @Test
    void noEnvironmentTouchesTheAccountWideCatalogEncryptionSettings() {
        ShippedStacks.forEach(
                (environment, stack) -> assertThat(stack.resources("aws_glue_data_catalog_encryption_settings"))
                        .isEmpty());
    }

    private static String prefix(Synthesized stack) {
        return stack.resource("aws_lambda_function")
                .path("function_name")
                .asText()
                .replaceFirst("-converter$", "");
    }

    private static JsonNode role(Synthesized stack) {
        return stack.resourceWhere("aws_iam_role", "name", prefix(stack) + "-crawler-role");
    }
}
