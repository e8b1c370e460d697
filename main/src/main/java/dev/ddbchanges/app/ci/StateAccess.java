package dev.ddbchanges.app.ci;

import dev.ddbchanges.app.iam.PolicyStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * A CI role's use of its environment's state: the state object, its lock file and the saved plans beside it, in the
 * state bucket, whose default encryption is SSE-KMS with bucket keys. With bucket keys S3 asks KMS under the bucket's
 * ARN as encryption context, not the object's, so that context pins the key use to this one bucket.
 */
final class StateAccess {
    private StateAccess() {}

    /**
     * Listing shows keys, never contents. It is also what lets S3 answer a read of a state object that does not exist
     * yet with 404 instead of 403, which the first plan of a new environment needs; a prefix condition would not
     * count there, since a GetObject carries no prefix. Seeing when a plan key appears gives a pull request nothing:
     * the apply job applies only the file whose digest the plan job recorded.
     */
    static PolicyStatement list(CiScope scope) {
        return PolicyStatement.allow("ListStateBucket")
                .withActions("s3:ListBucket")
                .withResources(scope.stateBucketArn());
    }

    static PolicyStatement readState(CiScope scope) {
        return PolicyStatement.allow("ReadState").withActions("s3:GetObject").withResources(scope.stateObject());
    }

    /** Delete: a destroyed preview's state object goes too, so the nightly cleanup does not find it again. */
    static PolicyStatement writeState(CiScope scope) {
        return PolicyStatement.allow("WriteState")
                .withActions("s3:PutObject", "s3:DeleteObject")
                .withResources(scope.stateObject());
    }

    /** use_lockfile writes the lock conditionally and reads it to say who holds it. */
    static PolicyStatement lock(CiScope scope) {
        return PolicyStatement.allow("LockState")
                .withActions("s3:GetObject", "s3:PutObject", "s3:DeleteObject")
                .withResources(scope.lockFile());
    }

    static PolicyStatement kms(String sid, CiScope scope, String... actions) {
        return PolicyStatement.allow(sid)
                .withActions(actions)
                .withResources(scope.stateKeys())
                .withCondition("StringEquals", "kms:ViaService", scope.s3Service())
                .withCondition("StringEquals", "kms:EncryptionContext:aws:s3:arn", scope.stateBucketArn());
    }

    static List<PolicyStatement> forDeploy(CiScope scope) {
        List<PolicyStatement> statements = new ArrayList<>(List.of(
                list(scope),
                readState(scope),
                writeState(scope),
                lock(scope),
                // The state bucket keeps versions: the applied plan, unredacted, goes in every version.
                PolicyStatement.allow("TakeReviewedPlan")
                        .withActions("s3:GetObject", "s3:DeleteObject", "s3:DeleteObjectVersion")
                        .withResources(scope.plans()),
                PolicyStatement.allow("FindReviewedPlanVersions")
                        .withActions("s3:ListBucketVersions")
                        .withResources(scope.stateBucketArn())
                        .withCondition("StringLike", "s3:prefix", scope.plansKeyPrefix() + "*"),
                kms("StateKeyThroughS3", scope, "kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey")));
        if (scope.previews()) {
            statements.addAll(forgetPreviews(scope));
        }
        return statements;
    }

    /**
     * A destroyed preview's state goes in every version: a plain delete would leave the last one, unredacted, as a
     * noncurrent version for months.
     */
    private static List<PolicyStatement> forgetPreviews(CiScope scope) {
        return List.of(
                PolicyStatement.allow("ForgetDestroyedPreviewState")
                        .withActions("s3:DeleteObjectVersion")
                        .withResources(scope.stateObject()),
                PolicyStatement.allow("FindPreviewStateVersions")
                        .withActions("s3:ListBucketVersions")
                        .withResources(scope.stateBucketArn())
                        .withCondition(
                                "StringLike",
                                "s3:prefix",
                                scope.project() + "/" + scope.environment() + "/terraform.tfstate"));
    }
}
