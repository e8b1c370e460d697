package dev.ddbchanges.app.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Data is never left under a key that is going away: a change that would replace the key fails here (production's
 * plan would also be refused, by {@code prevent_destroy}), and everything that can keep data on destroy depends on the
 * key, so Terraform deletes the key only after the data, and never while the data refuses deletion.
 */
class KeyProtectionTest {
    /** The key's Terraform address in every stack: a new address is a new key, and the old one is deleted. */
    private static final String KEY_ADDRESS = "aws_kms_key.key_F64E54E4";

    /**
     * The arguments of provider 5.100's {@code aws_kms_key} that force a replacement when set or changed (ForceNew in
     * the provider's schema). The stacks set none of them, so their defaults hold and can never change under the key.
     */
    private static final List<String> REPLACING_ARGUMENTS =
            List.of("custom_key_store_id", "customer_master_key_spec", "key_usage", "multi_region", "xks_key_id");

    /** The resource types that hold data a destroy may keep (a bucket not emptied, a table deletion-protected). */
    private static final List<String> DATA_TYPES = List.of("aws_s3_bucket", "aws_dynamodb_table");

    private final Map<String, Synthesized> stacks = ShippedStacks.everyStack();

    @Test
    void theKeyKeepsItsAddressInEveryStack() {
        stacks.forEach((name, stack) -> assertThat(stack.addresses())
                .as(name)
                .filteredOn(address -> address.startsWith("aws_kms_key."))
                .containsExactly(KEY_ADDRESS));
    }

    @Test
    void theKeySetsNoArgumentThatWouldReplaceIt() {
        ShippedStacks.forEachResource(
                stacks,
                "aws_kms_key",
                (stack, key) -> assertThat(REPLACING_ARGUMENTS)
                        .allSatisfy(argument ->
                                assertThat(key.has(argument)).as(argument).isFalse()));
    }

    @Test
    void everyBucketAndTableReachesTheKeyThroughDependsOnOrAReference() {
        List<String> checked = new ArrayList<>();
        stacks.forEach((name, stack) ->
                DATA_TYPES.forEach(type -> stack.resources(type).forEach(resource -> {
                    String address = stack.address(type, resource);
                    checked.add(name + " " + address);
                    assertThat(texts(resource))
                            .as(name + " " + address + " names the key")
                            .anySatisfy(text -> assertThat(
                                            text.equals(KEY_ADDRESS) || text.contains("${" + KEY_ADDRESS + "."))
                                    .isTrue());
                })));

        assertThat(checked)
                .contains(
                        "dev aws_s3_bucket.data-bucket_D46037D5",
                        "staging aws_s3_bucket.data-bucket_D46037D5",
                        "staging aws_dynamodb_table.table_43360BC0",
                        "state-bootstrap-210987654321 aws_s3_bucket.orders-audit-terraform-state_bucket_68CB7A50");
    }

    /** The buckets' link is depends_on itself: an aws_s3_bucket has no attribute that refers to its key. */
    @Test
    void everyBucketDependsOnTheKeyItself() {
        ShippedStacks.forEachResource(
                stacks,
                "aws_s3_bucket",
                (stack, bucket) ->
                        assertThat(Synthesized.texts(bucket.path("depends_on"))).contains(KEY_ADDRESS));
    }

    /** Every text value in a resource, however deep, without cdktf's metadata. */
    private static List<String> texts(JsonNode node) {
        List<String> found = new ArrayList<>();
        if (node.isTextual()) {
            found.add(node.asText());
        }
        if (node.isArray()) {
            node.forEach(child -> found.addAll(texts(child)));
        }
        node.properties().forEach(field -> {
            if (!field.getKey().equals("//")) {
                found.addAll(texts(field.getValue()));
            }
        });
        return found;
    }
}
