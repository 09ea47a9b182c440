package nl.koers.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.reflection.membership.Memberships;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestInfrastructure;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every endpoint, sent what a careless or hostile client sends: bodies of the wrong shape, ids and parameters that
 * are not what they should be, dates no plan has. Each answer is a 4xx problem+json, never a 5xx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputIT {

    private static final List<String> MALFORMED_BODIES = List.of("null", "[]", "\"x\"", "1", "{}", "{\"x\":",
            "{\"cohortId\":\"not-a-uuid\",\"sessionId\":\"not-a-uuid\",\"text\":\"x\",\"visibility\":\"PRIVATE\"}",
            "{\"text\":\"x\",\"visibility\":\"private\",\"kind\":\"SOMETHING\"}",
            "{\"prompts\":[1],\"roles\":{\"a\":1},\"items\":\"x\",\"ratings\":[4]}");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "reflection");
    }

    @LocalServerPort
    int port;

    @Autowired
    Memberships memberships;

    @Test
    void answersEveryMalformedRequestWithAProblemAndNeverA5xx() {
        Stage stage = new Stage(memberships, port);
        UUID cohort = stage.cohort(List.of("fac-a"), "p-ann");
        UUID session = stage.session(cohort, 1, Instant.now().minusSeconds(7200), Instant.now().minusSeconds(3600));
        String ann = Stage.token("p-ann", "participant");
        String organiser = Stage.token("organiser-1", "organiser");
        Api api = stage.api();
        String reflection = api.post("/api/reflections", ann, Map.of("cohortId", cohort, "text", "x",
                "visibility", "COHORT")).text("id");
        String brought = api.post("/api/cases", ann, Map.of("cohortId", cohort, "title", "t",
                "situation", "s")).text("id");
        String intervention = api.post("/api/interventions", ann, Map.of("cohortId", cohort, "kind", "COMPACT",
                "title", "t", "goal", "g")).text("id");
        List<String> writes = List.of("POST /api/reflections", "PUT /api/reflections/" + reflection,
                "PUT /api/reflections/prompts/" + session, "POST /api/cases",
                "PUT /api/cases/" + brought + "/analysis", "PUT /api/role-fans/" + cohort,
                "POST /api/interventions", "PUT /api/interventions/" + intervention,
                "POST /api/interventions/" + intervention + "/carry-out",
                "POST /api/interventions/" + intervention + "/reflect",
                "POST /api/interventions/" + intervention + "/feedback", "POST /api/evaluations",
                "PUT /api/evaluations/items/" + UUID.randomUUID());
        List<String> reads = List.of("/api/reflections?cohortId=x", "/api/reflections?page=99999999999",
                "/api/reflections?page=1&page=2", "/api/reflections?size=abc", "/api/reflections/counts",
                "/api/reflections/counts?cohortId=", "/api/reflections/%20", "/api/reflections/" + "1".repeat(5000),
                "/api/reflections/prompts/x", "/api/interventions?cohortId=", "/api/cases",
                "/api/cases/" + brought + "x", "/api/role-fans/1",
                "/api/interventions/" + intervention + "/feedback?page=-1", "/api/evaluations/items",
                "/api/evaluations/summary?cohortId=" + cohort + "'");

        SoftAssertions softly = new SoftAssertions();
        for (String write : writes) {
            String[] request = write.split(" ");
            // The body is read and checked before any rule about the caller: one caller is enough.
            for (String body : MALFORMED_BODIES) {
                refused(softly, api.send(request[0], request[1], organiser, body, Map.of()), write + " " + body);
            }
            refused(softly, api.send(request[0], request[1], ann, "{}", Map.of("If-Match", "\"not-a-version\"")),
                    write + " with a bad If-Match");
        }
        for (String read : reads) {
            refused(softly, api.get(read, ann), "GET " + read);
        }
        softly.assertAll();
    }

    @Test
    void refusesAStepDueOnADateNoPlanHas() {
        Stage stage = new Stage(memberships, port);
        UUID cohort = stage.cohort(List.of("fac-a"), "p-ann");
        String ann = Stage.token("p-ann", "participant");

        for (String dueDate : List.of("+999999999-12-31", "-999999999-01-01", "1999-12-31", "2101-01-01")) {
            Api.Response planned = stage.api().post("/api/interventions", ann, Map.of("cohortId", cohort,
                    "kind", "ACTION_PLAN", "title", "t", "goal", "g",
                    "steps", List.of(Map.of("description", "d", "who", "w", "dueDate", dueDate))));
            ReflectionApiIT.assertProblem(planned, 422);
            assertThat(planned.text("detail")).contains(dueDate).contains("between 2000-01-01 and 2100-12-31");
        }
        Api.Response inRange = stage.api().post("/api/interventions", ann, Map.of("cohortId", cohort,
                "kind", "ACTION_PLAN", "title", "t", "goal", "g",
                "steps", List.of(Map.of("description", "d", "who", "w", "dueDate", "2100-12-31"))));
        assertThat(inRange.status()).as(inRange.raw()).isEqualTo(201);
    }

    private static void refused(SoftAssertions softly, Api.Response response, String what) {
        softly.assertThat(response.status()).as(what + ": " + response.raw()).isBetween(400, 499);
        softly.assertThat(response.contentType()).as(what).startsWith("application/problem+json");
        softly.assertThat(response.json().path("detail").asString()).as(what).isNotBlank();
    }
}
