package dev.ddbchanges.app.constructs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ddbchanges.app.constructs.catalog.ChangeCatalogProps;
import dev.ddbchanges.app.constructs.catalog.ChangeCrawlerProps;
import dev.ddbchanges.app.constructs.converter.ConverterFunctionProps;
import dev.ddbchanges.app.constructs.delivery.DeliveryStreamProps;
import dev.ddbchanges.app.constructs.encryption.EncryptionKeyProps;
import dev.ddbchanges.app.constructs.query.QueryWorkgroupProps;
import dev.ddbchanges.app.constructs.storage.SecureBucketProps;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PropsBuilderTest {
    record Sample(String name, int size, RemovalPolicy removal) {
        Sample {
            Required.components(Sample.class, name, size, removal);
            if (size < 1) {
                throw new IllegalArgumentException("size = " + size + "; allowed: 1 or more");
            }
        }
    }

    static final class SampleBuilder extends PropsBuilder<Sample, SampleBuilder> {
        SampleBuilder() {
            super(Sample.class);
            removal(RemovalPolicy.RETAIN);
        }

        SampleBuilder name(String value) {
            return set("name", value);
        }

        SampleBuilder size(int value) {
            return set("size", value);
        }

        SampleBuilder removal(RemovalPolicy value) {
            return set("removal", value);
        }

        SampleBuilder misspelt(String value) {
            return set("nmae", value);
        }

        SampleBuilder wrongType(Object value) {
            return set("size", value);
        }
    }

    @Test
    void setOptionsAndDefaultsBecomeTheRecord() {
        assertThat(new SampleBuilder().name("n").size(2).build()).isEqualTo(new Sample("n", 2, RemovalPolicy.RETAIN));
        assertThat(new SampleBuilder()
                        .name("n")
                        .size(2)
                        .removal(RemovalPolicy.DESTROY)
                        .build()
                        .removal())
                .isEqualTo(RemovalPolicy.DESTROY);
    }

    @Test
    void anUnsetOptionIsNamedWhetherItIsAReferenceOrAPrimitive() {
        assertThatThrownBy(() -> new SampleBuilder().size(2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sample.name is required, and was not set");
        assertThatThrownBy(() -> new SampleBuilder().name("n").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sample.size is required, and was not set");
        assertThatThrownBy(() ->
                        new SampleBuilder().name("n").size(2).removal(null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sample.removal is required, and was not set");
    }

    @Test
    void theRecordsOwnChecksRunAndADirectConstructorCallIsCheckedAlike() {
        assertThatThrownBy(() -> new SampleBuilder().name("n").size(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size = 0; allowed: 1 or more");
        assertThatThrownBy(() -> new Sample(null, 1, RemovalPolicy.DESTROY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sample.name is required, and was not set");
    }

    @Test
    void aMisspeltOptionOrAValueOfAnotherTypeFailsWhereItIsSet() {
        assertThatThrownBy(() -> new SampleBuilder().misspelt("n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Sample has no option nmae");
        assertThatThrownBy(() -> new SampleBuilder().wrongType("2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sample.size takes a Integer, not a String");
    }

    /** Every shipped props builder sets exactly its record's components, each through a method of that name. */
    @Test
    void everyPropsBuilderHasOneOptionMethodPerRecordComponent() throws ReflectiveOperationException {
        List<Class<? extends Record>> props = List.of(
                ChangeCatalogProps.class,
                ChangeCrawlerProps.class,
                ConverterFunctionProps.class,
                DeliveryStreamProps.class,
                EncryptionKeyProps.class,
                QueryWorkgroupProps.class,
                SecureBucketProps.class);
        for (Class<? extends Record> type : props) {
            Object builder = type.getMethod("builder").invoke(null);
            List<String> options = Arrays.stream(builder.getClass().getDeclaredMethods())
                    .filter(method -> Modifier.isPublic(method.getModifiers()))
                    .map(Method::getName)
                    .sorted()
                    .toList();
            assertThat(options)
                    .as("options of %s.builder()", type.getSimpleName())
                    .isEqualTo(Arrays.stream(type.getRecordComponents())
                            .map(RecordComponent::getName)
                            .sorted()
                            .collect(Collectors.toList()));
        }
    }
}
