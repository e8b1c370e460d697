package dev.ddbchanges.app.constructs.encryption;

import dev.ddbchanges.app.constructs.Required;

/**
 * The alarm topic CloudWatch may encrypt messages for, and the alarms that may: names, not references, because the
 * topic refers to the key (a reference back would be a cycle).
 *
 * @param topicName    the alarm topic's name (built by {@code Names})
 * @param alarmPattern the names of the alarms that publish to it, {@code *} matching any run of characters
 */
public record AlarmTopicGrant(String topicName, String alarmPattern) {
    public AlarmTopicGrant {
        Required.components(AlarmTopicGrant.class, topicName, alarmPattern);
    }
}
