package dev.ddbchanges.app.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A plan refreshes every resource, so a plan role must be allowed the provider's read of every resource type the
 * pipeline stacks hold (ci/refresh-reads.tsv: rows by type, a type's actions split over rows where long); a type added without a row fails here.
 */
class RefreshReadsTest {
    private static final Map<String, List<String>> READS = reads();

    @Test
    void everyResourceTypeOfThePipelineStacksHasARow() {
        TreeSet<String> types = new TreeSet<>();
        ShippedStacks.all()
                .values()
                .forEach(stack ->
                        stack.json().path("resource").propertyStream().forEach(entry -> types.add(entry.getKey())));
        assertThat(READS.keySet()).containsAll(types);
    }

    @Test
    void everyPlanRoleIsAllowedEveryRead() {
        CiStacks.policyByRole().forEach((role, policy) -> {
            if (!role.contains("-ci-plan-")) {
                return;
            }
            List<JsonNode> allows = Iam.statements(policy, "Allow");
            READS.forEach((type, actions) -> {
                for (String action : actions) {
                    assertThat(allows)
                            .as("%s may %s (%s)", role, action, type)
                            .anyMatch(statement -> Iam.actionMatches(statement, action));
                }
            });
        });
    }

    private static Map<String, List<String>> reads() {
        Map<String, List<String>> reads = new LinkedHashMap<>();
        for (String line : Iam.lines("refresh-reads.tsv")) {
            String[] fields = line.split("\t");
            reads.computeIfAbsent(fields[0], type -> new ArrayList<>()).addAll(List.of(fields[1].split(",")));
        }
        return reads;
    }
}
