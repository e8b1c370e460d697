package dev.ddbchanges.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed cdktf.schema.json is what the settings' definitions generate. */
class SettingsSchemaFileTest {
    /** Surefire runs in the repository root, where cdktf.json names the schema. */
    private static final Path COMMITTED = Path.of(SettingsSchema.FILE);

    @Test
    void theCommittedSchemaIsTheGeneratedOne() throws IOException {
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(COMMITTED, SettingsSchema.json());
        }
        assertThat(COMMITTED)
                .as("%s (regenerate it with -Dschema.update=true)", COMMITTED)
                .exists();
        assertThat(Files.readString(COMMITTED))
                .as("%s against the definitions (regenerate it with -Dschema.update=true)", COMMITTED)
                .isEqualTo(SettingsSchema.json());
    }
}
