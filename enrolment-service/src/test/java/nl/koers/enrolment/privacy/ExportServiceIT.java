package nl.koers.enrolment.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.enrolment.ServiceIT;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A participant's export of what enrolment-service holds about them, and its audit entry. */
class ExportServiceIT extends ServiceIT {

    private static final String EXPORT = "/api/privacy/enrolment/export";

    private final String admin = TestTokens.get().mint("admin", "admin");

    @Test
    void exportsTheProfileEveryEnrolmentAndRecordsThatItWasTaken() {
        String id = "x-full-" + UUID.randomUUID().toString().substring(0, 8);
        String token = token(id);
        UUID seated = openCohort(2);
        UUID full = openCohort(1);
        enrol(token(id + "-seat"), full);
        String confirmed = api.post("/api/enrolments", token, Map.of("cohortId", seated,
                "motivation", "Ik wil leren hoe teams zelf kwaliteit borgen.")).text("id");
        String waitlisted = api.post("/api/enrolments", token, Map.of("cohortId", full)).text("id");
        Instant before = Instant.now();

        Api.Response export = api.get(EXPORT, token);

        assertThat(export.status()).as(export.raw()).isEqualTo(200);
        JsonNode part = export.json();
        assertThat(part.get("part").asString()).isEqualTo("enrolment");
        assertThat(part.get("participantId").asString()).isEqualTo(id);
        assertThat(Instant.parse(part.get("exportedAt").asString())).isAfterOrEqualTo(before.minusSeconds(1));
        JsonNode profile = part.get("profile");
        assertThat(profile.get("displayName").asString()).isEqualTo("Naam " + id);
        assertThat(profile.get("email").asString()).isEqualTo(id + "@example.nl");
        assertThat(profile.get("institution").asString()).isEqualTo("ROC " + id);
        assertThat(profile.get("sector").asString()).isEqualTo("MBO");
        assertThat(profile.get("function").asString()).isEqualTo("teamleider");
        List<JsonNode> enrolments = part.get("enrolments").valueStream().toList();
        assertThat(enrolments).extracting(e -> e.get("id").asString()).containsExactly(waitlisted, confirmed);
        assertThat(enrolments.get(0).get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(enrolments.get(0).get("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(enrolments.get(0).get("motivation").isNull()).isTrue();
        assertThat(enrolments.get(0).get("cohortId").asString()).isEqualTo(full.toString());
        assertThat(enrolments.get(1).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(enrolments.get(1).get("motivation").asString()).isEqualTo("Ik wil leren hoe teams zelf kwaliteit borgen.");
        assertThat(enrolments.get(1).get("waitlistPosition").isNull()).isTrue();
        assertThat(enrolments.get(1).get("displayName").asString()).isEqualTo("Naam " + id);
        assertThat(enrolments.get(1).has("enrolledAt")).isTrue();
        assertThat(part.get("erasures")).isEmpty();

        JsonNode entry = awaitAudit("?actor=" + id + "&action=participant.exported").get("items").get(0);
        assertThat(entry.get("actorRole").asString()).isEqualTo("participant");
        assertThat(entry.get("service").asString()).isEqualTo("enrolment");
        assertThat(entry.get("details").get("part").asString()).isEqualTo("enrolment");
    }

    @Test
    void someoneKoersHoldsNothingOfGetsAnEmptyPart() {
        String id = "x-empty-" + UUID.randomUUID();

        Api.Response export = api.get(EXPORT, TestTokens.get().mint(id, "participant"));

        assertThat(export.status()).as(export.raw()).isEqualTo(200);
        assertThat(export.json().get("participantId").asString()).isEqualTo(id);
        assertThat(export.json().get("profile").isNull()).isTrue();
        assertThat(export.json().get("enrolments")).isEmpty();
        assertThat(export.json().get("erasures")).isEmpty();
    }

    @Test
    void listsTheParticipantsErasureRequests() {
        String id = "x-erased-" + UUID.randomUUID().toString().substring(0, 8);
        String token = token(id);
        String erasure = api.post("/api/privacy/erasures", token, null).text("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/participants/me", token).status() == 404);

        JsonNode export = api.get(EXPORT, token).json();

        assertThat(export.get("profile").isNull()).isTrue();
        assertThat(export.get("erasures").valueStream().map(e -> e.get("id").asString())).containsExactly(erasure);
        assertThat(export.get("erasures").get(0).get("parts")).hasSize(4);
    }

    @Test
    void isForParticipantsOnly() {
        assertProblem(api.get(EXPORT, admin), 403);
        assertProblem(api.get(EXPORT, organiser), 403);
        assertProblem(api.get(EXPORT, TestTokens.get().mint("x-fac", "facilitator")), 403);
        assertProblem(api.get(EXPORT, null), 401);
    }

    private JsonNode awaitAudit(String query) {
        JsonNode[] page = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Api.Response response = api.get("/api/audit" + query, admin);
            page[0] = response.json();
            return response.status() == 200 && response.json().get("totalItems").asInt() > 0;
        });
        assertThat(page[0].get("totalItems").asInt()).isEqualTo(1);
        return page[0];
    }
}
