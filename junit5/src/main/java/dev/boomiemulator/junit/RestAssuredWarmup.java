package dev.boomiemulator.junit;

import java.util.concurrent.CompletableFuture;

/**
 * REST Assured (Groovy underneath) spends seconds on its first request in a JVM: measured, it was most of what
 * a new user saw as "the first test is slow". When the test classpath has it, its classes load in the
 * background while the first server starts, and one request warms its HTTP stack. Once per JVM; reflection,
 * because the extension does not depend on REST Assured.
 */
final class RestAssuredWarmup {
    private static final String REST_ASSURED = "io.restassured.RestAssured";
    private static CompletableFuture<Boolean> loaded;
    private static boolean requested;

    private RestAssuredWarmup() {
    }

    /** Starts loading REST Assured's classes, if it is there and nobody did yet. */
    static synchronized void startLoading() {
        if (loaded == null) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            loaded = CompletableFuture.supplyAsync(() -> {
                try {
                    Class.forName(REST_ASSURED, true, loader).getMethod("given").invoke(null);
                    return true;
                } catch (ReflectiveOperationException | LinkageError | RuntimeException absent) {
                    return false;
                }
            });
        }
    }

    /** One request through REST Assured to the health endpoint; failures only leave the first test slower. */
    static void request(String baseUrl) {
        synchronized (RestAssuredWarmup.class) {
            if (loaded == null || requested) {
                return;
            }
            requested = true;
        }
        if (!loaded.join()) {
            return;
        }
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> spec = Class.forName("io.restassured.specification.RequestSpecification", true, loader);
            Class<?> sender = Class.forName("io.restassured.specification.RequestSenderOptions", true, loader);
            Object request = Class.forName(REST_ASSURED, true, loader).getMethod("given").invoke(null);
            request = spec.getMethod("baseUri", String.class).invoke(request, baseUrl);
            sender.getMethod("get", String.class, Object[].class).invoke(request, "/_emulator/health", new Object[0]);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException ignored) {
            // a warm-up that cannot be done is no failure
        }
    }
}
