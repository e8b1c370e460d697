package dev.ddbchanges.app.stack;

import com.hashicorp.cdktf.LocalBackend;
import com.hashicorp.cdktf.LocalBackendConfig;
import com.hashicorp.cdktf.S3Backend;
import com.hashicorp.cdktf.S3BackendConfig;
import com.hashicorp.cdktf.TerraformStack;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.StateFiles;

/**
 * Each environment's own state: an S3 object, encrypted by the state bucket's default SSE-KMS and guarded by a lock
 * file, or a local file outside cdktf.out.
 */
final class StateBackend {
    /** S3-native state locking ({@code use_lockfile}) arrived in Terraform 1.10. */
    static final String REQUIRED_TERRAFORM = ">= 1.10";

    private StateBackend() {}

    static void configure(TerraformStack stack, EnvironmentSettings settings) {
        stack.addOverride("terraform.required_version", REQUIRED_TERRAFORM);
        settings.stateBucket()
                .ifPresentOrElse(
                        bucket -> new S3Backend(
                                        stack,
                                        S3BackendConfig.builder()
                                                .bucket(bucket)
                                                .key(settings.stateKey())
                                                .region(settings.stateRegion())
                                                // No "encrypt": without a kms_key_id it would send SSE-S3 with every
                                                // upload and override
                                                // the state bucket's default, SSE-KMS under the state key (see
                                                // StateBootstrapStack).
                                                .build())
                                // cdktf 0.19 predates the setting; a lock file beside the state replaces a DynamoDB
                                // lock table.
                                .addOverride("use_lockfile", true),
                        () -> new LocalBackend(
                                stack,
                                LocalBackendConfig.builder()
                                        .path(StateFiles.localPath(settings.name()))
                                        .build()));
    }
}
