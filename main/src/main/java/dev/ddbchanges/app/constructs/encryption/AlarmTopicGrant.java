package dev.ddbchanges.app.constructs.encryption;

import dev.ddbchanges.app.constructs.Required;
import java.util.List;

/**
 * The alarm topic CloudWatch may encrypt messages for, and the alarms that may: names, not references, because the
 * topic refers to the key (a reference back would be a cycle).
 *
 * @param topicName  the alarm topic's name (built by {@code Names})
 * @param alarmNames the names of every alarm that publishes to it, exactly: a pattern such as {@code dev-*} would
 *                   also match the alarms of an environment whose name starts with this one's
 */
public record AlarmTopicGrant(String topicName, List<String> alarmNames) {
    public AlarmTopicGrant {
        Required.components(AlarmTopicGrant.class, topicName, alarmNames);
        alarmNames = List.copyOf(alarmNames);
    }
}
