package nl.koers.defaults.edge;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koers.testsupport.RawHttp;
import org.junit.jupiter.api.Test;

/** Spring MVC's own refusals carry a Koers problem type and a detail that says what to change. */
class MvcProblemsTest extends EdgeTest {

    @Test
    void namesThePathVariableThatIsNoUuid() {
        var problem = assertProblem(http().send("GET /api/workshops/not-a-uuid HTTP/1.1", bearer()), 400);

        assertThat(detail(problem)).isEqualTo("The path variable 'id' must be a UUID such as "
                + "3fa85f64-5717-4562-b3fc-2c963f66afa6.");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void namesAQueryParameterOfTheWrongType() {
        var problem = assertProblem(http().send("GET /api/workshops?from=yesterday HTTP/1.1", bearer()), 400);

        assertThat(detail(problem)).isEqualTo("The query parameter 'from' must be a date such as 2026-09-01.");
    }

    @Test
    void namesAMissingQueryParameter() {
        var problem = assertProblem(http().send("GET /api/workshops HTTP/1.1", bearer()), 400);

        assertThat(detail(problem)).isEqualTo("The query parameter 'from' is required.");
    }

    @Test
    void saysWhichMethodsAPathAccepts() {
        RawHttp.Response response = http().send("DELETE " + WORKSHOP + " HTTP/1.1", bearer());

        var problem = assertProblem(response, 405);
        assertThat(problem.get("type").asString()).isEqualTo("urn:koers:problem:method-not-allowed");
        assertThat(detail(problem)).contains("DELETE").contains("GET").contains("PUT");
        assertThat(response.header("Allow")).contains("GET");
    }

    @Test
    void saysWhichMediaTypesItAnswersIn() {
        var problem = assertProblem(http().send("GET " + WORKSHOP + " HTTP/1.1", bearer(), "Accept: text/html"), 406);

        assertThat(detail(problem)).contains("application/json").doesNotContain("*");
    }

    @Test
    void answersAProblemBodyWhateverTheAcceptHeaderSays() {
        assertProblem(http().send("GET " + WORKSHOP + " HTTP/1.1", bearer(), "Accept: text/csv;q=abc"), 406);
        assertProblem(http().send("GET /api/workshops/not-a-uuid HTTP/1.1", bearer(), "Accept: text/calendar"), 400);
    }

    @Test
    void saysWhichMediaTypeItReads() {
        var problem = assertProblem(http().sendWithBody("PUT " + WORKSHOP + " HTTP/1.1", "title=x", bearer(),
                "Content-Type: text/plain"), 415);

        assertThat(detail(problem)).contains("text/plain").contains("application/json");
    }

    @Test
    void answersAnUnknownPathWith404() {
        assertProblem(http().send("GET /api/no-such-thing HTTP/1.1", bearer()), 404);
    }
}
