package nl.koers.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on a random port that answers as the gateway would, with JSON a test sets per method and
 * path, and that records what it was asked (method, path and query, Authorization, If-Match, body). Slice tests
 * of the pages use it to check what the web app does with an answer (a 404, a problem with field errors, a
 * service away) without starting the services; the browser tests run the real stack.
 */
public final class ApiStandIn implements AutoCloseable {

    /** One request as the stand-in received it. */
    public record Received(String method, String pathAndQuery, String authorization, String ifMatch, String body) {
    }

    private record Answer(int status, String contentType, String body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Answer> permanent = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public ApiStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
        // It is also the identity provider's discovery document, so the web app's OIDC client starts as it does
        // against a real provider; no test ever reaches the provider's other endpoints.
        String issuer = uri();
        permanent.put("GET /.well-known/openid-configuration", new Answer(200, "application/json", """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/oauth2/authorize","token_endpoint":"%1$s/oauth2/token",
                "jwks_uri":"%1$s/oauth2/jwks","userinfo_endpoint":"%1$s/userinfo","end_session_endpoint":"%1$s/connect/logout",
                "response_types_supported":["code"],"subject_types_supported":["public"],
                "id_token_signing_alg_values_supported":["RS256"],"scopes_supported":["openid","profile"]}""".formatted(issuer),
                Map.of()));
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code method pathAndQuery} (query included when given; else any query) with JSON. */
    public ApiStandIn json(String method, String path, int status, String json) {
        return answer(method, path, status, "application/json", json, Map.of());
    }

    public ApiStandIn json(String method, String path, int status, String json, Map<String, String> headers) {
        return answer(method, path, status, "application/json", json, headers);
    }

    /** Answers with an RFC 9457 problem as the services write them. */
    public ApiStandIn problem(String method, String path, int status, String code, String detail, String errorsJson) {
        String body = "{\"type\":\"urn:koers:problem:" + code + "\",\"title\":\"t\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"" + (errorsJson == null ? "" : ",\"errors\":" + errorsJson) + "}";
        return answer(method, path, status, "application/problem+json", body, Map.of());
    }

    private ApiStandIn answer(String method, String path, int status, String type, String body, Map<String, String> headers) {
        answers.put(method + " " + path, new Answer(status, type, body, headers));
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void reset() {
        answers.clear();
        received.clear();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String pathAndQuery = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!permanent.containsKey(exchange.getRequestMethod() + " " + pathAndQuery)) {
            received.add(new Received(exchange.getRequestMethod(), pathAndQuery,
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("If-Match"), body));
        }
        Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + pathAndQuery,
                permanent.get(exchange.getRequestMethod() + " " + pathAndQuery));
        if (answer == null) {
            answer = answers.get(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
        }
        if (answer == null) {
            answer = new Answer(404, "application/problem+json",
                    "{\"type\":\"urn:koers:problem:not-found\",\"status\":404,\"detail\":\"No answer set for " + pathAndQuery + "\"}", Map.of());
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(answer.status(), answer.status() == 204 ? -1 : bytes.length);
        if (answer.status() != 204) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
