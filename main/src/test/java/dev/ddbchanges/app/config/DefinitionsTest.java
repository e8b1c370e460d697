package dev.ddbchanges.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DefinitionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyDefaultIsAValueItsOwnSettingAllows() {
        for (Setting<?> setting : Definitions.ALL) {
            for (boolean production : new boolean[] {false, true}) {
                setting.fallback()
                        .value(production)
                        .ifPresent(value -> assertThat(setting.rule().read(JSON.valueToTree(value)))
                                .as(setting.key() + " = " + value
                                        + (production ? " in production" : " outside production"))
                                .isPresent());
            }
        }
    }

    @Test
    void everyKeyIsDefinedOnce() {
        assertThat(Definitions.keys()).hasSize(33).doesNotHaveDuplicates();
    }
}
