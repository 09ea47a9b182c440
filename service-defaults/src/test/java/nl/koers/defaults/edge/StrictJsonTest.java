package nl.koers.defaults.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import nl.koers.testsupport.RawHttp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** A JSON value of the wrong type is refused with a 400 that names the field; Jackson converts nothing quietly. */
class StrictJsonTest extends EdgeTest {

    private static final String VALID = "\"title\":\"Coaching\",\"capacity\":12,\"startsOn\":\"2026-09-01\",\"format\":\"ONLINE\"";

    static Stream<Arguments> mistypedValues() {
        return Stream.of(
                Arguments.of("a number for a string", "\"title\":12345", "title", "must be a string"),
                Arguments.of("a boolean for a string", "\"title\":true", "title", "must be a string"),
                Arguments.of("a fraction for a whole number", "\"capacity\":1.5", "capacity", "must be a whole number"),
                Arguments.of("a string for a whole number", "\"capacity\":\"3\"", "capacity", "must be a whole number"),
                Arguments.of("a string for a boolean", "\"published\":\"true\"", "published", "must be true or false"),
                Arguments.of("a number for a boolean", "\"published\":1", "published", "must be true or false"),
                Arguments.of("a number for a date", "\"startsOn\":20000", "startsOn", "must be a date"),
                Arguments.of("a boolean for a date", "\"startsOn\":true", "startsOn", "must be a date"),
                Arguments.of("a number for an enum", "\"format\":0", "format", "must be one of ONLINE, ON_SITE"),
                Arguments.of("an empty string for an enum", "\"format\":\"\"", "format", "must be one of"),
                Arguments.of("an empty string for an object", "\"venue\":\"\"", "venue", "must be an object"),
                Arguments.of("a scalar for a list", "\"tags\":\"coaching\"", "tags", "must be a list"),
                Arguments.of("a number in a list of strings", "\"tags\":[1]", "tags[0]", "must be a string"));
    }

    @ParameterizedTest(name = "refuses {0}")
    @MethodSource("mistypedValues")
    void refusesAValueOfTheWrongTypeNamingTheField(String what, String member, String field, String message) {
        var problem = assertProblem(revise("{" + VALID + "," + member + "}"), 400);

        assertThat(detail(problem)).contains("'" + field + "'").contains(message);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void acceptsPropertiesItDoesNotKnow() {
        RawHttp.Response response = revise("{" + VALID + ",\"addedInANewerVersion\":1}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private RawHttp.Response revise(String body) {
        return http().sendWithBody("PUT " + WORKSHOP + " HTTP/1.1", body, bearer(), "Content-Type: application/json");
    }
}
