package dev.ddbchanges.app.config;

import static dev.ddbchanges.app.config.EnvironmentDefinitions.ACCOUNT_ID;
import static dev.ddbchanges.app.config.EnvironmentDefinitions.AUTOMATION;
import static dev.ddbchanges.app.config.EnvironmentDefinitions.PRODUCTION;
import static dev.ddbchanges.app.config.EnvironmentDefinitions.SHARED_ACCOUNT;
import static dev.ddbchanges.app.config.EnvironmentDefinitions.STATE_BUCKET;
import static dev.ddbchanges.app.config.EnvironmentDefinitions.STATE_REGION;
import static dev.ddbchanges.app.config.MonitoringDefinitions.EMAIL;
import static dev.ddbchanges.app.config.MonitoringDefinitions.NO_SUBSCRIBER_REASON;
import static dev.ddbchanges.app.config.SchemaNodes.allOf;
import static dev.ddbchanges.app.config.SchemaNodes.anyOf;
import static dev.ddbchanges.app.config.SchemaNodes.is;
import static dev.ddbchanges.app.config.SchemaNodes.not;
import static dev.ddbchanges.app.config.SchemaNodes.onlyIfGiven;
import static dev.ddbchanges.app.config.SchemaNodes.property;
import static dev.ddbchanges.app.config.SchemaNodes.set;
import static dev.ddbchanges.app.config.SchemaNodes.when;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of one environment's object, from the {@link Definitions}: each setting's values, its meaning and
 * default, and those combination rules of {@link EnvironmentParser} that JSON Schema says simply. The rest (built
 * names' lengths, rules across environments) only the app checks.
 */
final class EnvironmentSchema {
    private static final String SHARD_COUNT = StreamDefinitions.SHARD_COUNT.key();
    private static final String STREAM_MODE = StreamDefinitions.MODE.key();
    private static final String SNAP_START = ConverterDefinitions.SNAP_START.key();

    private EnvironmentSchema() {}

    static ObjectNode schema() {
        ObjectNode schema = SchemaNodes.typed(
                "object",
                "One environment's settings; each one left out takes its default, production's where "
                        + "production is true.");
        ObjectNode properties = schema.putObject("properties");
        for (Setting<?> setting : Definitions.ALL) {
            properties.set(setting.key(), setting(setting));
        }
        schema.put("additionalProperties", false);
        schema.set("allOf", combinations());
        return schema;
    }

    /**
     * Editors show the description on hover and the error message (VS Code's keyword) on a refused value. Null is
     * allowed everywhere: the app reads it as the default.
     */
    private static ObjectNode setting(Setting<?> setting) {
        return setting.rule()
                .schemaOrNull()
                .put("description", setting.meaning() + ". Default: " + setting.defaultText() + ".")
                .put("errorMessage", "allowed: " + setting.allowed());
    }

    private static ArrayNode combinations() {
        String production = PRODUCTION.key();
        ArrayNode rules = SchemaNodes.object().arrayNode();
        rules.add(when(is(production, true), set(ACCOUNT_ID.key()), "a production environment names its account"));
        rules.add(
                when(is(production, true), set(STATE_BUCKET.key()), "a production environment keeps its state in S3"));
        rules.add(when(
                is(production, true),
                onlyIfGiven(LifecycleDefinitions.FORCE_DESTROY.key(), false),
                "a production environment keeps its data on destroy"));
        rules.add(when(
                is(production, true),
                onlyIfGiven(LifecycleDefinitions.DELETION_PROTECTION.key(), true),
                "a production table is always protected from deletion"));
        rules.add(when(
                is(production, true),
                anyOf(set(EMAIL.key()), set(NO_SUBSCRIBER_REASON.key())),
                "a production environment says who is told when an alarm fires"));
        rules.add(not(allOf(set(EMAIL.key()), set(NO_SUBSCRIBER_REASON.key())))
                .put("description", "alarmEmail and alarmNoSubscriberReason contradict each other: set one"));
        rules.add(when(
                is(SHARED_ACCOUNT.key(), true),
                is(production, true),
                "sharedAccount is for production environments only"));
        rules.add(when(
                is(AUTOMATION.key(), true),
                allOf(set(STATE_BUCKET.key()), set(ACCOUNT_ID.key())),
                "an automated environment keeps its state in S3 and names the account of its CI roles"));
        rules.add(when(set(STATE_REGION.key()), set(STATE_BUCKET.key()), "stateRegion only says where stateBucket is"));
        rules.add(when(
                set(SHARD_COUNT),
                anyOf(
                        is(STREAM_MODE, StreamSettings.PROVISIONED),
                        allOf(not(set(STREAM_MODE)), not(is(production, true)))),
                "streamShardCount only with a PROVISIONED stream (production's default is ON_DEMAND)"));
        rules.add(
                when(regionWithoutSnapStart(), snapStartOff(production), "Lambda offers no SnapStart in this region"));
        return rules;
    }

    private static ObjectNode regionWithoutSnapStart() {
        ObjectNode regions = SchemaNodes.object();
        ConverterDefinitions.REGIONS_WITHOUT_SNAP_START.forEach(regions.putArray("enum")::add);
        ObjectNode condition = property(EnvironmentDefinitions.REGION.key(), regions);
        condition.putArray("required").add(EnvironmentDefinitions.REGION.key());
        return condition;
    }

    /** Off where given, and given where production would turn it on by default. */
    private static ObjectNode snapStartOff(String production) {
        return allOf(onlyIfGiven(SNAP_START, false), anyOf(not(is(production, true)), is(SNAP_START, false)));
    }
}
