package dev.ddbchanges.app.constructs.changestream;

import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTable;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTableAttribute;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTableConfig;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTablePointInTimeRecovery;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTableServerSideEncryption;
import dev.ddbchanges.contract.TableKey;
import java.util.List;
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
}
