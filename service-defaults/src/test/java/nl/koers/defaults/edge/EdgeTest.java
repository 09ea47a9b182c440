package nl.koers.defaults.edge;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koers.testsupport.Api;
import nl.koers.testsupport.RawHttp;
import nl.koers.testsupport.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The test application on a real Tomcat, spoken to over a bare socket, so that what Tomcat and the filters do
 * before Spring MVC is tested too. Every subclass shares the one application context.
 */
@SpringBootTest(classes = EdgeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=edge-test")
abstract class EdgeTest {

    static final String WORKSHOP = "/api/workshops/3fa85f64-5717-4562-b3fc-2c963f66afa6";

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.get().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> TestTokens.get().jwkSetUri());
    }

    @LocalServerPort
    int port;

    RawHttp http() {
        return new RawHttp(port);
    }

    static String bearer() {
        return "Authorization: Bearer " + TestTokens.get().mint("participant1", "participant");
    }

    /** A problem document of {@code status}: the Koers type, a title, the status again and a detail. */
    static JsonNode assertProblem(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = Api.parse(response.body());
        assertThat(problem.get("type").asString()).startsWith("urn:koers:problem:");
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    static String detail(JsonNode problem) {
        return problem.get("detail").asString();
    }
}
