package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The enrolment story of the issue, end to end through the gateway. */
class EnrolmentStoryIT {

    private final Koers koers = new Koers();

    @Test
    void participantsEnrolAreWaitlistedAndPromotedAndTheRosterFollows() {
        UUID cohort = koers.openCohort(2);
        for (String user : new String[] {"participant1", "participant2", "participant3"}) {
            koers.fillInProfile(user);
        }

        Api.Response first = koers.enrol(koers.token("participant1"), cohort);
        Api.Response second = koers.enrol(koers.token("participant2"), cohort);
        Api.Response third = koers.enrol(koers.token("participant3"), cohort);

        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(first.text("status")).isEqualTo("CONFIRMED");
        assertThat(second.text("status")).isEqualTo("CONFIRMED");
        assertThat(third.text("status")).isEqualTo("WAITLISTED");
        assertThat(third.json().get("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(koers.enrol(koers.token("participant1"), cohort).status()).isEqualTo(409);
        koers.awaitRoster(cohort, Map.of("participant1", "CONFIRMED", "participant2", "CONFIRMED",
                "participant3", "WAITLISTED"));

        Api.Response withdrawn = koers.api.post("/api/enrolments/" + first.text("id") + "/withdraw",
                koers.token("participant1"), null);

        assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
        assertThat(koers.api.get("/api/enrolments/" + third.text("id"), koers.token("participant3")).text("status"))
                .isEqualTo("CONFIRMED");
        koers.awaitRoster(cohort, Map.of("participant2", "CONFIRMED", "participant3", "CONFIRMED"));
        JsonNode withdrawnOnes = koers.roster(cohort, "facilitator", "&status=WITHDRAWN");
        assertThat(withdrawnOnes.get("items")).singleElement().satisfies(item -> {
            assertThat(item.get("participantId").asString()).isEqualTo("participant1");
            assertThat(item.get("displayName").asString()).isEqualTo("Deelnemer participant1");
            assertThat(item.get("institution").asString()).isEqualTo("ROC 1");
        });
        JsonNode organisersView = koers.api.get("/api/enrolments?cohortId=" + cohort, koers.token("organiser")).json();
        assertThat(organisersView.get("totalItems").asInt()).isEqualTo(3);
        assertThat(koers.api.get("/api/enrolments/mine", koers.token("participant3")).json().get("items").toString())
                .contains(cohort.toString());
    }

    @Test
    void rolesAndOwnershipAreEnforcedAtTheGatewayAndInTheServices() {
        UUID cohort = koers.openCohort(5);
        koers.fillInProfile("participant4");
        String enrolment = koers.enrol(koers.token("participant4"), cohort).text("id");

        assertProblem(koers.api.get("/api/enrolments/mine", null), 401);
        assertProblem(koers.api.get("/api/enrolments/mine", "not-a-token"), 401);
        assertProblem(koers.api.post("/api/trajectories", koers.token("participant4"),
                Map.of("title", "Eigen traject", "organiser", "Ik")), 403);
        assertProblem(koers.api.get("/api/enrolments/" + enrolment, koers.token("participant5")), 404);
        assertProblem(koers.api.get("/api/cohorts/" + cohort + "/participants", koers.token("participant4")), 403);
        assertProblem(koers.api.post("/api/enrolments", koers.token("participant4"), "{broken"), 400);
        assertProblem(koers.api.post("/api/enrolments", koers.token("participant4"),
                Map.of("cohortId", UUID.randomUUID())), 404);
        assertProblem(koers.api.post("/api/trajectories", koers.token("organiser"), Map.of("title", "")), 400);
    }

    @Test
    void everyServiceDocumentsItsApiBehindOneSwaggerUi() {
        for (String service : new String[] {"enrolment", "trajectory", "reflection", "notification"}) {
            Api.Response docs = koers.api.get("/v3/api-docs/" + service, null);
            assertThat(docs.status()).as(service).isEqualTo(200);
            assertThat(docs.json().get("openapi").asString()).startsWith("3.");
        }
        assertThat(koers.api.get("/v3/api-docs/enrolment", null).raw()).contains("/api/enrolments/{id}/withdraw");
        assertThat(koers.api.get("/swagger-ui.html", null).status()).isIn(200, 302);
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
