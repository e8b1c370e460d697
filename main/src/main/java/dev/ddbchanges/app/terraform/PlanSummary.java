package dev.ddbchanges.app.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a plan would do, read from {@code terraform show -json}: managed resources counted per type and per action.
 *
 * @param toCreate resource type to the number of resources of that type to create
 * @param actions  action ("create", "update", "delete", "no-op", ...) to the number of resources
 */
public record PlanSummary(SortedMap<String, Integer> toCreate, SortedMap<String, Integer> actions) {
    public static PlanSummary of(JsonNode showJson) {
        SortedMap<String, Integer> toCreate = new TreeMap<>();
        SortedMap<String, Integer> actions = new TreeMap<>();
        for (JsonNode change : showJson.path("resource_changes")) {
            if (!"managed".equals(change.path("mode").asText())) {
                continue;
            }
            for (JsonNode action : change.path("change").path("actions")) {
                actions.merge(action.asText(), 1, Integer::sum);
                if ("create".equals(action.asText())) {
                    toCreate.merge(change.path("type").asText(), 1, Integer::sum);
                }
            }
        }
        return new PlanSummary(toCreate, actions);
    }

    public int count(String action) {
        return actions.getOrDefault(action, 0);
    }

    /** A table of the resources to create, then Terraform's own one-line total. */
    public String format() {
        int width = toCreate.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Integer> entry : toCreate.entrySet()) {
            text.append("  ")
                    .append(String.format("%-" + width + "s %3d", entry.getKey(), entry.getValue()))
                    .append('\n');
        }
        text.append("  Plan: ")
                .append(count("create"))
                .append(" to add, ")
                .append(count("update"))
                .append(" to change, ")
                .append(count("delete"))
                .append(" to destroy.\n");
        return text.toString();
    }
}
