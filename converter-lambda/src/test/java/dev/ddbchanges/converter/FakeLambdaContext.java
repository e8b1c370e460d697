package dev.ddbchanges.converter;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Lambda {@code Context} whose logger records what the handler logs. Built by reflection so the same fake serves the
 * test classpath and the packaged jar's own copy of the interfaces, loaded by another class loader.
 */
final class FakeLambdaContext {

    static final String FUNCTION_NAME = "ddb-changes-dev-converter";

    final List<String> logLines = new ArrayList<>();
    final Object context;

    FakeLambdaContext(ClassLoader loader) {
        try {
            Class<?> contextType = Class.forName("com.amazonaws.services.lambda.runtime.Context", false, loader);
            Class<?> loggerType = Class.forName("com.amazonaws.services.lambda.runtime.LambdaLogger", false, loader);
            Object logger = Proxy.newProxyInstance(loader, new Class<?>[] {loggerType}, (proxy, method, args) -> {
                if (method.getName().equals("log") && args != null && args.length >= 1) {
                    logLines.add(
                            args[0] instanceof byte[] bytes
                                    ? new String(bytes, StandardCharsets.UTF_8)
                                    : String.valueOf(args[0]));
                    return null;
                }
                throw new UnsupportedOperationException(method.toString());
            });
            context = Proxy.newProxyInstance(
                    loader, new Class<?>[] {contextType}, (proxy, method, args) -> switch (method.getName()) {
                        case "getFunctionName" -> FUNCTION_NAME;
                        case "getFunctionVersion" -> "7";
                        case "getAwsRequestId" -> "3f0c1e1e-5d1e-4b8e-9f55-1d2a3b4c5d6e";
                        case "getRemainingTimeInMillis" -> 60_000;
                        case "getMemoryLimitInMB" -> 512;
                        case "getLogger" -> logger;
                        default -> throw new UnsupportedOperationException(method.toString());
                    });
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Lambda interfaces are not on the class path", e);
        }
    }
}
