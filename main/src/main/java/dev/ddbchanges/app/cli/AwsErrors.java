package dev.ddbchanges.app.cli;

import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * How the commands that call AWS (re-drive, backfill, rebuild) word what AWS answered: the call, the service's own
 * code and status, its words, and what the caller can do about it, on one line.
 */
public final class AwsErrors {
    private AwsErrors() {}

    /**
     * Runs one call; a refusal or an unreachable service ends the command with one {@code error:} line.
     *
     * @param what names the call and what it is on, such as {@code dynamodb:DescribeTable on table t}
     * @param hint what to add to a refusal (such as the rights the caller needs), empty when nothing helps
     */
    public static <T> T call(String what, Supplier<T> call, Function<AwsServiceException, String> hint) {
        try {
            return call.get();
        } catch (AwsServiceException e) {
            throw CommandException.badInput(what + " failed: " + answer(e) + hint.apply(e));
        } catch (SdkClientException e) {
            throw CommandException.badInput(what + " could not be made: " + clientError(e.getMessage()));
        }
    }

    /** The service's answer: {@code AccessDenied (HTTP 403): <its message>}. */
    public static String answer(AwsServiceException e) {
        return e.awsErrorDetails().errorCode() + " (HTTP " + e.statusCode() + "): "
                + e.awsErrorDetails().errorMessage();
    }

    /** The SDK's message without the list of every credential provider it tried. */
    public static String clientError(String message) {
        if (message == null) {
            return "no message";
        }
        return message.startsWith("Unable to load credentials")
                ? "no AWS credentials found by the SDK's default chain (environment variables, system properties, "
                        + "the shared config and credentials files, web identity, container or instance role)"
                : message;
    }
}
