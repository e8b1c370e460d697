package dev.ddbchanges.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

    /** A setting declared in a *Definitions class but left out of ALL would be refused as an unknown key. */
    @Test
    void everySettingDeclaredInADefinitionsClassIsListed() throws Exception {
        List<Class<?>> classes = definitionsClasses();
        List<String> declared = new ArrayList<>();
        for (Class<?> type : classes) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && Setting.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    Setting<?> setting = (Setting<?>) field.get(null);
                    declared.add(type.getSimpleName() + "." + field.getName());
                    assertThat(Definitions.ALL.stream().filter(listed -> listed == setting))
                            .as("%s.%s (%s) in Definitions.ALL", type.getSimpleName(), field.getName(), setting.key())
                            .hasSize(1);
                }
            }
        }

        assertThat(classes)
                .extracting(Class::getSimpleName)
                .contains(
                        "EnvironmentDefinitions",
                        "LifecycleDefinitions",
                        "StreamDefinitions",
                        "ConverterDefinitions",
                        "DeliveryDefinitions",
                        "QueryDefinitions",
                        "MonitoringDefinitions");
        assertThat(declared).hasSameSizeAs(Definitions.ALL);
    }

    /** Every class of this package whose name ends in Definitions, read from the directory it was compiled to. */
    private static List<Class<?>> definitionsClasses() throws Exception {
        Path directory = Path.of(
                        Definitions.class.getResource("Definitions.class").toURI())
                .getParent();
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith("Definitions.class") && !name.equals("Definitions.class")) {
                    classes.add(Class.forName(Definitions.class.getPackageName() + "." + name.replace(".class", "")));
                }
            }
        }
        return classes;
    }

    @Test
    void everyKeyIsDefinedOnce() {
        assertThat(Definitions.keys()).hasSize(40).doesNotHaveDuplicates();
    }
}
