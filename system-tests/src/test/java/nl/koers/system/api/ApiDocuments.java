package nl.koers.system.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.koers.system.LocalStack;
import nl.koers.testsupport.Api;
import tools.jackson.databind.JsonNode;

/**
 * The API documents the running stack's gateway serves, as any client would fetch them (no token): each
 * service's OpenAPI document at {@code /v3/api-docs/<service>} and AsyncAPI document at
 * {@code /asyncapi/<service>}. Fetched once per test JVM and written to {@code target/contracts/}, where the
 * external checkers read them and a person can open them after a failed build.
 */
final class ApiDocuments {

    static final List<String> SERVICES = List.of("enrolment", "trajectory", "reflection", "notification");

    private static final Map<String, Fetched> FETCHED = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    private ApiDocuments() {
    }

    /** What one document's URL answered, and where its body was written. */
    record Fetched(String urlPath, int status, String contentType, String location, String body, Path file) {

        boolean served() {
            return status == 200 && !body.isBlank();
        }

        /** Why this is not a document, for a failure message; empty when it is one. */
        String problem() {
            if (served()) {
                return "";
            }
            return "GET " + urlPath + " at the gateway answered " + status + " " + contentType
                    + (location == null ? "" : " (Location: " + location + ")") + ": "
                    + body.substring(0, Math.min(300, body.length()));
        }
    }

    static Fetched openApi(String service) {
        return FETCHED.computeIfAbsent("openapi:" + service, key -> fetch("/v3/api-docs/" + service, service + ".openapi"));
    }

    static Fetched asyncApi(String service) {
        return FETCHED.computeIfAbsent("asyncapi:" + service, key -> fetch("/asyncapi/" + service, service + ".asyncapi"));
    }

    /** The service's OpenAPI document, parsed; fails the calling test when the gateway does not serve it. */
    static OpenApi parsedOpenApi(String service) {
        Fetched fetched = openApi(service);
        if (!fetched.served()) {
            throw new AssertionError(fetched.problem());
        }
        JsonNode root = Api.parse(fetched.body());
        if (!root.path("openapi").asString("").startsWith("3.")) {
            throw new AssertionError(fetched.urlPath() + " is not an OpenAPI 3 document: " + fetched.body().substring(0, 200));
        }
        return new OpenApi(service, root);
    }

    static Path directory() {
        return Path.of(System.getProperty("koers.target-dir", "target")).toAbsolutePath().resolve("contracts");
    }

    private static Fetched fetch(String urlPath, String name) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(LocalStack.get().gatewayUrl() + urlPath))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json, application/yaml;q=0.9, */*;q=0.8")
                .GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            Path file = null;
            if (response.statusCode() == 200) {
                String extension = body.stripLeading().startsWith("{") ? ".json" : ".yaml";
                file = Files.createDirectories(directory()).resolve(name + extension);
                Files.writeString(file, body);
            }
            return new Fetched(urlPath, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse("(no Content-Type)"),
                    response.headers().firstValue("Location").orElse(null), body, file);
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + urlPath + " at the gateway failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
