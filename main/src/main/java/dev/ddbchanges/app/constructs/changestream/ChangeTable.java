package dev.ddbchanges.app.constructs.changestream;

import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTable;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTableAttribute;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTableConfig;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTablePointInTimeRecovery;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTableServerSideEncryption;
import dev.ddbchanges.app.constructs.Metric;
import dev.ddbchanges.contract.TableKey;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/** The table whose every change is analysed: key {@code pk} (string), on-demand, encrypted, recoverable. */
public final class ChangeTable extends Construct {
    private final DynamodbTable table;

    public ChangeTable(Construct scope, String id, ChangeTableProps props) {
        super(scope, id);
        table = new DynamodbTable(
                this,
                "table",
                DynamodbTableConfig.builder()
                        .name(props.tableName())
                        .billingMode("PAY_PER_REQUEST")
                        .hashKey(TableKey.PARTITION_KEY)
                        .attribute(List.of(DynamodbTableAttribute.builder()
                                .name(TableKey.PARTITION_KEY)
                                .type(TableKey.PARTITION_KEY_TYPE)
                                .build()))
                        .serverSideEncryption(DynamodbTableServerSideEncryption.builder()
                                .enabled(true)
                                .kmsKeyArn(props.key().arn())
                                .build())
                        .pointInTimeRecovery(DynamodbTablePointInTimeRecovery.builder()
                                .enabled(true)
                                .build())
                        .deletionProtectionEnabled(props.removal().deletionProtection())
                        .lifecycle(TerraformResourceLifecycle.builder()
                                .preventDestroy(props.removal().preventDestroy())
                                .build())
                        .build());
    }

    public String name() {
        return table.getName();
    }

    /**
     * The write capacity the table's writes consumed: an on-demand table reports it as well as a provisioned one, and
     * only while it takes writes. A conditional write that fails, or one that changes nothing, consumes capacity
     * without producing a change record.
     */
    public Metric metricWrites() {
        return new Metric("AWS/DynamoDB", "ConsumedWriteCapacityUnits", Map.of("TableName", table.getName()), "Sum");
    }
}
