package nl.koers.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway on its own, with real signed tokens whose keys it fetches over HTTP: it lets through only
 * tokens of our issuer and audience that have not expired, and answers every failure as problem+json.
 * The services behind it are deliberately not running, so a valid token shows up as a routed 503.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIT {

    private static final int NOBODY_LISTENS = freePort();

    @DynamicPropertySource
    static void issuerAndServices(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.get().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> TestTokens.get().jwkSetUri());
        for (String service : List.of("ENROLMENT", "TRAJECTORY", "REFLECTION")) {
            registry.add(service + "_SERVICE_URI", () -> "http://127.0.0.1:" + NOBODY_LISTENS);
        }
        registry.add("WEB_URI", () -> "http://127.0.0.1:" + NOBODY_LISTENS);
    }

    @LocalServerPort
    int port;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api("http://127.0.0.1:" + port);
    }

    @Test
    void refusesARequestWithoutATokenAsAProblem() {
        Api.Response response = api.get("/api/enrolments/mine", null);

        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        TestTokens tokens = TestTokens.get();
        String foreign = tokens.mint("participant1", "participant", List.of(), "https://elsewhere.example", Duration.ofMinutes(5));

        assertProblem(api.get("/api/enrolments/mine", foreign), 401);
    }

    @Test
    void refusesAnExpiredToken() {
        TestTokens tokens = TestTokens.get();
        String expired = tokens.mint("participant1", "participant", List.of(), tokens.issuer(), Duration.ofMinutes(-10));

        Api.Response response = api.get("/api/enrolments/mine", expired);

        assertProblem(response, 401);
        assertThat(response.text("detail")).containsIgnoringCase("expired");
    }

    @Test
    void routesAValidTokenAndReportsAnUnreachableServiceAsAProblem() {
        String token = TestTokens.get().mint("participant1", "participant");

        Api.Response response = api.get("/api/cohorts/" + java.util.UUID.randomUUID(), token);

        assertProblem(response, 503);
        assertThat(response.text("detail")).contains("trajectory-service");
    }

    @Test
    void composesTheExportOnlyForATokenAndSaysSoWhenNoPartAnswers() {
        assertProblem(api.get("/api/privacy/export", null), 401);

        Api.Response response = api.get("/api/privacy/export", TestTokens.get().mint("participant1", "participant"));

        assertProblem(response, 503);
        assertThat(response.text("detail")).contains("none of its parts answered");
    }

    @Test
    void letsOnlyCalendarFeedReadsThroughWithoutAToken() {
        // Passed on to trajectory-service (unreachable here: 503) instead of being refused with 401.
        assertProblem(api.get("/api/sessions/calendar/" + "a".repeat(43) + ".ics", null), 503);
        assertProblem(api.post("/api/sessions/calendar/" + "a".repeat(43) + ".ics", null, null), 401);
        assertProblem(api.get("/api/sessions/calendar/subscription", null), 401);
        assertProblem(api.get("/api/sessions/calendar/feed.ics/more", null), 401);
        assertProblem(api.get("/api/sessions/" + java.util.UUID.randomUUID(), null), 401);
    }

    @Test
    void answersAnUnknownApiPathWithAProblem() {
        assertProblem(api.get("/api/no-such-thing", TestTokens.get().mint("participant1", "participant")), 404);
    }

    @Test
    void sendsEveryPathOutsideTheApiToTheWebAppWithoutAToken() {
        // The web app is not running here, so reaching it shows up as the gateway's 503.
        assertProblem(api.get("/", null), 503);
        assertProblem(api.get("/profile", null), 503);
        assertProblem(api.get("/login/oauth2/code/koers?code=x&state=y", null), 503);
    }

    @Test
    void tellsABrowserInPlainWordsWhenTheWebAppIsAway() {
        Api.Response page = api.send("GET", "/profile", null, null, java.util.Map.of("Accept", "text/html,application/xhtml+xml"));

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.raw()).contains("<html lang=\"nl\">").contains("Koers is even niet bereikbaar").doesNotContain("{");
        // The API keeps answering problem+json, whatever the client accepts.
        assertThat(api.send("GET", "/api/cohorts/" + java.util.UUID.randomUUID(), TestTokens.get().mint("participant1", "participant"),
                null, java.util.Map.of("Accept", "text/html")).header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void keepsHealthOpenAndTheRestOfActuatorClosed() {
        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/env", null).status()).isIn(401, 403);
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).isNotBlank();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
