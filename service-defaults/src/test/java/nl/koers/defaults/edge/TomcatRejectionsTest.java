package nl.koers.defaults.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What Tomcat refuses before any servlet runs is answered as a problem, not with Tomcat's HTML page. */
class TomcatRejectionsTest extends EdgeTest {

    @Test
    void answersANullByteInThePathAsAProblem() {
        var problem = assertProblem(http().send("GET /api/workshops/%00 HTTP/1.1", bearer()), 400);

        assertThat(detail(problem)).contains("%00");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/workshops/%00");
    }

    @Test
    void answersAnEncodedSlashAsAProblem() {
        assertProblem(http().send("GET /api/workshops/..%2F.. HTTP/1.1", bearer()), 400);
    }

    @Test
    void answersABadEscapeInThePathAsAProblem() {
        assertProblem(http().send("GET /api/workshops/%zz HTTP/1.1", bearer()), 400);
    }

    @Test
    void answersACharacterHttpForbidsInThePathAsAProblem() {
        assertProblem(http().send("GET /api/workshops/a\"b{c} HTTP/1.1", bearer()), 400);
    }

    @Test
    void answersAUriAboveTheHeaderLimitWith414() {
        var problem = assertProblem(http().send("GET /api/workshops/" + "a".repeat(9_000) + " HTTP/1.1", bearer()), 414);

        assertThat(detail(problem)).contains("URI").contains("8 KB");
    }

    @Test
    void answersHeadersAboveTheLimitWith431() {
        var problem = assertProblem(http().send("GET " + WORKSHOP + " HTTP/1.1", "Authorization: Bearer " + "a".repeat(20_000)), 431);

        assertThat(detail(problem)).contains("headers").contains("8 KB");
    }

    @Test
    void answersAnHttpVersionItDoesNotSpeakWith505() {
        var problem = assertProblem(http().send("GET " + WORKSHOP + " HTTP/2.5", bearer()), 505);

        assertThat(detail(problem)).contains("HTTP/1.1");
    }
}
