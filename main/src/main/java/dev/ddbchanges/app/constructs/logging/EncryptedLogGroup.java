package dev.ddbchanges.app.constructs.logging;

import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroupConfig;
import software.constructs.Construct;

/**
 * A log group created before whatever writes to it, so it is encrypted with the key and expires its logs; a group a
 * service creates on first write has neither, and outlives {@code terraform destroy}.
 */
public final class EncryptedLogGroup extends Construct {
    private final CloudwatchLogGroup group;

    public EncryptedLogGroup(Construct scope, String id, EncryptedLogGroupProps props) {
        super(scope, id);
        group = new CloudwatchLogGroup(
                this,
                "group",
                CloudwatchLogGroupConfig.builder()
                        .name(props.name())
                        .retentionInDays(props.retentionDays())
                        .kmsKeyId(props.key().arn())
                        .build());
    }

    public CloudwatchLogGroup group() {
        return group;
    }

    public String name() {
        return group.getName();
    }

    public String arn() {
        return group.getArn();
    }
}
