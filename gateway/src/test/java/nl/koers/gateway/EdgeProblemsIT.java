package nl.koers.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.RawHttp;
import nl.koers.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every refusal at the gateway's edge is a problem document, over a bare socket so that requests a real client
 * would not send get through: Netty's decoder limits, URIs Spring cannot parse, Spring Security's firewall, and
 * bodies above the limit. reflection-service is played by a stand-in that reads whole bodies and counts them;
 * the other services are not running.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeProblemsIT {

    private static final int NOBODY_LISTENS = freePort();
    private static final AtomicInteger BODIES_RECEIVED = new AtomicInteger();
    private static final HttpServer REFLECTION_SERVICE = standIn();

    @DynamicPropertySource
    static void issuerAndServices(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.get().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> TestTokens.get().jwkSetUri());
        for (String service : List.of("ENROLMENT", "TRAJECTORY")) {
            registry.add(service + "_SERVICE_URI", () -> "http://127.0.0.1:" + NOBODY_LISTENS);
        }
        registry.add("REFLECTION_SERVICE_URI", () -> "http://127.0.0.1:" + REFLECTION_SERVICE.getAddress().getPort());
        registry.add("WEB_URI", () -> "http://127.0.0.1:" + NOBODY_LISTENS);
    }

    @AfterAll
    static void stopStandIn() {
        REFLECTION_SERVICE.stop(0);
    }

    @LocalServerPort
    int port;

    private static final String REFLECTION = "/api/reflections/3fa85f64-5717-4562-b3fc-2c963f66afa6";

    @ParameterizedTest
    @ValueSource(strings = {"%00", "..%2F..", "'%3B--", "3fa85f64-5717-4562-b3fc-2c963f66afa6;jsessionid=x"})
    void refusesWhatTheFirewallRefusesWithItsReason(String id) {
        JsonNode problem = assertProblem(http().send("GET /api/cohorts/" + id + " HTTP/1.1", bearer()), 400);

        assertThat(problem.get("type").asString()).isEqualTo("urn:koers:problem:request-rejected");
        assertThat(problem.get("detail").asString()).contains("potentially malicious String");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cohorts?x=%zz&y=%00", "/api/cohorts/%zz", "/api/cohorts/a\"b", "/api/cohorts/{id}"})
    void answersATargetThatIsNoUriWith400(String target) {
        JsonNode problem = assertProblem(http().send("GET " + target + " HTTP/1.1", bearer()), 400);

        assertThat(problem.get("detail").asString()).contains("percent-encoded");
    }

    @Test
    void answersARequestLineAboveTheLimitWith414() {
        JsonNode problem = assertProblem(http().send("GET /api/cohorts/" + "a".repeat(5_000) + " HTTP/1.1", bearer()), 414);

        assertThat(problem.get("detail").asString()).contains("4 KB");
    }

    @Test
    void answersHeadersAboveTheLimitWith431() {
        JsonNode problem = assertProblem(http().send("GET " + REFLECTION + " HTTP/1.1",
                "Authorization: Bearer " + "a".repeat(20_000)), 431);

        assertThat(problem.get("detail").asString()).contains("8 KB");
    }

    @Test
    void refusesADeclaredBodyAboveTheLimitWithoutCallingTheService() {
        int before = BODIES_RECEIVED.get();

        // Not a byte of the 5 MB is sent: the answer can only come from the Content-Length.
        JsonNode problem = assertProblem(http().send("PUT " + REFLECTION + " HTTP/1.1", bearer(),
                "Content-Type: application/json", "Content-Length: 5000000"), 413);

        assertThat(problem.get("detail").asString()).contains("1 MB");
        assertThat(BODIES_RECEIVED.get()).isEqualTo(before);
    }

    @Test
    void stopsAChunkedBodyAtTheLimitBeforeTheServiceHasItWhole() {
        int before = BODIES_RECEIVED.get();

        JsonNode problem = assertProblem(http().sendChunked("PUT " + REFLECTION + " HTTP/1.1", 5_000_000, (byte) ' ',
                bearer(), "Content-Type: application/json"), 413);

        assertThat(problem.get("detail").asString()).contains("1 MB");
        assertThat(BODIES_RECEIVED.get()).isEqualTo(before);
    }

    @Test
    void passesABodyWithinTheLimitOn() {
        RawHttp.Response response = http().sendChunked("PUT " + REFLECTION + " HTTP/1.1", 100_000, (byte) ' ',
                bearer(), "Content-Type: application/json");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"received\":100000}");
    }

    @Test
    void saysWhichMethodsAPathAccepts() {
        JsonNode problem = assertProblem(http().send("DELETE /actuator/health HTTP/1.1"), 405);

        assertThat(problem.get("detail").asString()).contains("DELETE").contains("GET");
    }

    @Test
    void saysWhichMediaTypeAnAnswerComesIn() {
        JsonNode problem = assertProblem(http().send("GET /v3/api-docs/gateway HTTP/1.1", "Accept: text/html"), 406);

        assertThat(problem.get("detail").asString()).contains("application/json");
    }

    @Test
    void answersAnUnknownApiPathWith404() {
        assertProblem(http().send("GET /api/no-such-thing HTTP/1.1", bearer()), 404);
    }

    private RawHttp http() {
        return new RawHttp(port);
    }

    private static String bearer() {
        return "Authorization: Bearer " + TestTokens.get().mint("participant1", "participant");
    }

    private static JsonNode assertProblem(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = Api.parse(response.body());
        assertThat(problem.get("type").asString()).startsWith("urn:koers:problem:");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    /** Reads every body to its end and says how many bytes it got; counts only bodies that arrived whole. */
    private static HttpServer standIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                try (InputStream body = exchange.getRequestBody()) {
                    byte[] read = body.readAllBytes();
                    BODIES_RECEIVED.incrementAndGet();
                    byte[] answer = ("{\"received\":" + read.length + "}").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, answer.length);
                    exchange.getResponseBody().write(answer);
                } finally {
                    exchange.close();
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
