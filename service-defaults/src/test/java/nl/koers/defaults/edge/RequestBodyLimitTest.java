package nl.koers.defaults.edge;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koers.testsupport.RawHttp;
import org.junit.jupiter.api.Test;

/** Bodies above 1 MB are refused with 413, and never read whole. */
class RequestBodyLimitTest extends EdgeTest {

    private static final String REVISE = "PUT " + WORKSHOP + " HTTP/1.1";

    @Test
    void refusesADeclaredBodyAboveTheLimitWithoutWaitingForIt() {
        // Not a byte of the 5 MB is sent: the answer can only come from the Content-Length.
        var problem = assertProblem(http().send(REVISE, bearer(), "Content-Type: application/json",
                "Content-Length: 5000000"), 413);

        assertThat(detail(problem)).contains("1 MB");
    }

    @Test
    void stopsAChunkedBodyWhereItPassesTheLimit() {
        var problem = assertProblem(http().sendChunked(REVISE, 5_000_000, (byte) ' ', bearer(),
                "Content-Type: application/json"), 413);

        assertThat(detail(problem)).contains("1 MB");
    }

    @Test
    void readsAChunkedBodyWithinTheLimit() {
        RawHttp.Response response = http().sendChunked(REVISE, 500_000, (byte) ' ', bearer(),
                "Content-Type: application/json");

        // Only blanks: read to the end and found to hold no JSON, rather than cut off at a limit.
        var problem = assertProblem(response, 400);
        assertThat(problem.get("type").asString()).isEqualTo("urn:koers:problem:unreadable-body");
    }

    @Test
    void stopsAChunkedFormBodyThatTomcatReadsItselfAtTheLimit() {
        var problem = assertProblem(http().sendChunked("POST " + WORKSHOP + "/notes HTTP/1.1", 2_000_000, (byte) 'a',
                bearer(), "Content-Type: application/x-www-form-urlencoded"), 413);

        assertThat(detail(problem)).contains("form body");
    }
}
