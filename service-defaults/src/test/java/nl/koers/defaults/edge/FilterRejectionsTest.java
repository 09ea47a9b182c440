package nl.koers.defaults.edge;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koers.testsupport.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * What is refused in the filters or by the servlet container's error dispatch, outside Spring MVC's exception
 * handling, is a problem too: Spring Security's firewall, Tomcat's query decoding, {@code /error}.
 */
class FilterRejectionsTest extends EdgeTest {

    @Test
    void refusesAPathParameterWithTheFirewallsReason() {
        var problem = assertProblem(http().send("GET " + WORKSHOP + ";jsessionid=x HTTP/1.1", bearer()), 400);

        assertThat(problem.get("type").asString()).isEqualTo("urn:koers:problem:request-rejected");
        assertThat(detail(problem)).contains("\";\"");
    }

    @Test
    void refusesAnEncodedSemicolonAsAProblem() {
        assertProblem(http().send("GET /api/workshops/'%3B-- HTTP/1.1", bearer()), 400);
    }

    @Test
    void refusesAnUnknownMethodAsAProblem() {
        var problem = assertProblem(http().send("BREW " + WORKSHOP + " HTTP/1.1", bearer()), 400);

        assertThat(detail(problem)).contains("BREW");
    }

    @Test
    void answersABadPercentEncodingInTheQueryWith400() {
        var problem = assertProblem(http().send("GET /api/workshops?x=%zz&y=%00 HTTP/1.1", bearer()), 400);

        assertThat(detail(problem)).contains("percent-encoded");
    }

    @Test
    void answersAnErrorDispatchAsAProblem() {
        var problem = assertProblem(http().send("POST " + WORKSHOP + "/archive HTTP/1.1", bearer(), "Content-Length: 0"), 409);

        assertThat(problem.get("instance").asString()).isEqualTo(WORKSHOP + "/archive");
    }

    @Test
    void answersTheErrorPathCalledDirectlyWith404() {
        assertProblem(http().send("GET /error HTTP/1.1", bearer()), 404);
    }

    @Test
    void opensTheCalendarFeedsToReadingWithoutAToken() {
        RawHttp.Response feed = http().send("GET /api/sessions/calendar/" + "a".repeat(43) + ".ics HTTP/1.1");

        assertThat(feed.status()).isEqualTo(200);
        assertProblem(http().send("POST /api/sessions/calendar/feed.ics HTTP/1.1", "Content-Length: 0"), 401);
        assertProblem(http().send("GET " + WORKSHOP + " HTTP/1.1"), 401);
    }
}
