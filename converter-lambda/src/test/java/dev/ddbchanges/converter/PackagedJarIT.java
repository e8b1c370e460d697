package dev.ddbchanges.converter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.converter.testing.TestEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The shaded jar as the Lambda runtime uses it: loaded alone in its own class loader (nothing from the test class path
 * leaks in), the handler resolved from the string README documents, invoked as a stream handler with the raw event
 * bytes. A class missing from the jar or a mismatch with the real event shape fails here, not in production.
 */
class PackagedJarIT {

    static final List<String> EVENTS = TestEvents.ALL;
    private static final long MAX_JAR_BYTES = 2L * 1024 * 1024;

    private static Path jar;
    private static URLClassLoader lambdaLoader;
    private static Object handler;
    private static Method handleRequest;

    @BeforeAll
    static void loadTheJarLikeTheRuntime() throws Exception {
        jar = Path.of(System.getProperty("converter.jar", "target/converter-lambda.jar"));
        assertThat(jar)
                .as("run `mvn verify`: the shaded jar is built in the package phase")
                .exists();
        lambdaLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        String[] handlerString = Readme.handler().split("::");
        Class<?> handlerClass = Class.forName(handlerString[0], true, lambdaLoader);
        Class<?> streamHandler = lambdaLoader.loadClass("com.amazonaws.services.lambda.runtime.RequestStreamHandler");
        assertThat(streamHandler.isAssignableFrom(handlerClass))
                .as("the runtime picks the stream path")
                .isTrue();
        handler = handlerClass.getConstructor().newInstance();
        // What a SnapStart initialization does first: the priming batch must ship in the jar and convert there.
        handlerClass.getMethod("prime").invoke(handler);
        handleRequest = handlerClass.getMethod(
                handlerString[1],
                InputStream.class,
                OutputStream.class,
                lambdaLoader.loadClass("com.amazonaws.services.lambda.runtime.Context"));
    }

    @AfterAll
    static void close() throws Exception {
        lambdaLoader.close();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("EVENTS")
    void thePackagedHandlerAnswersEveryEventAsExpected(String name) throws Exception {
        FakeLambdaContext fake = new FakeLambdaContext(lambdaLoader);
        ByteArrayOutputStream response = new ByteArrayOutputStream();

        handleRequest.invoke(handler, new ByteArrayInputStream(TestEvents.event(name)), response, fake.context);

        TestEvents.assertResponseMatchesExpected(name, response.toByteArray());
        assertThat(fake.logLines).hasSize(1);
    }

    @Test
    void theJarIsSmallAndShipsOnlyWhatRunsInLambda() throws Exception {
        assertThat(Files.size(jar)).isLessThan(MAX_JAR_BYTES);
        // The contract page states the size once, to the byte: the jar is reproducible, so the figure is exact.
        assertThat(Readme.contract())
                .contains(String.format(java.util.Locale.ROOT, "The shaded jar is %,d bytes", Files.size(jar)));
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().map(JarEntry::getName).forEach(names::add);
        }
        assertThat(names)
                .contains(
                        "dev/ddbchanges/converter/FirehoseTransformationHandler.class",
                        SnapStartPriming.REQUEST.substring(1),
                        "com/fasterxml/jackson/core/JsonFactory.class",
                        "com/amazonaws/services/lambda/runtime/RequestStreamHandler.class");
        assertThat(names)
                .noneMatch(n -> n.startsWith("org/duckdb/")
                        || n.startsWith("org/junit/")
                        || n.startsWith("com/fasterxml/jackson/databind/")
                        || n.startsWith("org/assertj/")
                        || n.endsWith("Test.class")
                        || n.endsWith("IT.class"));
    }

    @Test
    void ourEntriesCarryTheFixedBuildTimestampSoTheJarIsReproducible() throws Exception {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> ours =
                    file.stream().filter(e -> e.getName().startsWith("dev/")).toList();
            assertThat(ours)
                    .isNotEmpty()
                    .allSatisfy(entry -> assertThat(
                                    entry.getLastModifiedTime().toInstant().toString())
                            .startsWith("2026-01-01T"));
        }
    }
}
