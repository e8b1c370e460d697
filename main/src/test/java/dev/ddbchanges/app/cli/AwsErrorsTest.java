package dev.ddbchanges.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AwsErrorsTest {

    @Test
    void missingCredentialsAreSaidWithoutTheSdksListOfProviders() {
        assertThat(AwsErrors.clientError("Unable to load credentials from any of the providers in the chain "
                        + "AwsCredentialsProviderChain(credentialsProviders=[...]) : [...]"))
                .isEqualTo("no AWS credentials found by the SDK's default chain (environment variables, system "
                        + "properties, the shared config and credentials files, web identity, container or instance "
                        + "role)");
        assertThat(AwsErrors.clientError("Connection refused")).isEqualTo("Connection refused");
    }
}
