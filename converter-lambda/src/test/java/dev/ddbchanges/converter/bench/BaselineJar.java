package dev.ddbchanges.converter.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * Another build's handler, loaded beside ours in the same JVM. Its loader's parent is the platform loader, so the
 * baseline sees its own copies of our classes and of the Lambda runtime interfaces, never the ones on our classpath;
 * that is also why its context has to be a proxy of its own {@code Context} rather than our {@link QuietContext}.
 */
final class BaselineJar implements AutoCloseable {
    private static final String HANDLER = "dev.ddbchanges.converter.FirehoseTransformationHandler";
    private static final String RUNTIME = "com.amazonaws.services.lambda.runtime.";

    private final Path jar;
    private final URLClassLoader loader;
    private final Object handler;
    private final Method handleRequest;
    private final Object context;

    private BaselineJar(Path jar, URLClassLoader loader) throws ReflectiveOperationException {
        this.jar = jar;
        this.loader = loader;
        Class<?> contextType = loader.loadClass(RUNTIME + "Context");
        Class<?> loggerType = loader.loadClass(RUNTIME + "LambdaLogger");
        Class<?> handlerType = loader.loadClass(HANDLER);
        handler = handlerType.getConstructor().newInstance();
        handleRequest = handlerType.getMethod("handleRequest", InputStream.class, OutputStream.class, contextType);
        // Every LambdaLogger method returns void: the logger discards whatever the handler reports.
        Object logger = Proxy.newProxyInstance(loader, new Class<?>[] {loggerType}, (proxy, method, args) -> null);
        context = Proxy.newProxyInstance(
                loader,
                new Class<?>[] {contextType},
                (proxy, method, args) -> contextValue(proxy, method, args, logger));
    }

    /** The jar named by {@code --baseline}, or a message saying what was wrong with it and what it needs. */
    static BaselineJar open(Path jar) throws IOException {
        URLClassLoader loader =
                new URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        try {
            return new BaselineJar(jar, loader);
        } catch (ReflectiveOperationException | LinkageError e) {
            loader.close();
            throw badValue(jar, "the jar does not provide what the benchmark calls (" + e + ")", e);
        }
    }

    private static BenchmarkOptions.BadFlag badValue(Path jar, String problem, Throwable cause) {
        return new BenchmarkOptions.BadFlag(
                "--baseline \"" + jar + "\": " + problem + "; expected the path of another build's shaded "
                        + "converter-lambda.jar, with " + HANDLER + " (a public no-arg constructor and "
                        + "handleRequest(InputStream, OutputStream, Context)) and the Lambda runtime interfaces");
    }

    Path jar() {
        return jar;
    }

    void handleRequest(InputStream request, OutputStream response) throws IOException {
        try {
            handleRequest.invoke(handler, request, response, context);
        } catch (InvocationTargetException e) {
            throw new IOException("the baseline handler failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object contextValue(Object proxy, Method method, Object[] args, Object logger) {
        return switch (method.getName()) {
            case "getLogger" -> logger;
            case "getRemainingTimeInMillis" -> 60_000;
            case "getMemoryLimitInMB" -> 512;
            case "getFunctionName", "getAwsRequestId", "getLogStreamName", "getFunctionVersion" -> "bench";
            case "getLogGroupName" -> "/aws/lambda/bench";
            case "getInvokedFunctionArn" -> "arn:aws:lambda:eu-central-1:123456789012:function:bench";
            case "hashCode" -> 0;
            case "equals" -> proxy == args[0];
            case "toString" -> "baseline context";
            default -> null;
        };
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
