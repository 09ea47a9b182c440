package nl.koers.enrolment.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.enrolment.ServiceIT;
import nl.koers.events.AuditEntry;
import nl.koers.events.ReflectionActionAudited;
import nl.koers.events.TrajectoryActionAudited;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The audit trail fed by the three privacy topics, and the audit entries of organisers' changes here. */
class AuditTrailServiceIT extends ServiceIT {

    private final String admin = TestTokens.get().mint("admin", "admin");

    @Test
    void keepsARedeliveredEntryOnce() {
        String actor = "facilitator-" + UUID.randomUUID();
        TrajectoryActionAudited attendance = new TrajectoryActionAudited(UUID.randomUUID(),
                Instant.parse("2031-03-02T09:15:00.123456789Z"), entry(actor, "attendance.recorded", "session"));
        publish(attendance);
        publish(attendance);
        publish(new TrajectoryActionAudited(UUID.randomUUID(), Instant.parse("2031-03-02T09:16:00Z"),
                entry(actor, "session.rescheduled", "session")));

        JsonNode page = awaitEntries("?actor=" + actor, 2);

        JsonNode recorded = page.get("items").get(1);
        assertThat(recorded.get("id").asString()).isEqualTo(attendance.eventId().toString());
        assertThat(recorded.get("at").asString()).isEqualTo("2031-03-02T09:15:00.123456789Z");
        assertThat(recorded.get("service").asString()).isEqualTo("trajectory");
        assertThat(recorded.get("actorRole").asString()).isEqualTo("facilitator");
        assertThat(recorded.get("action").asString()).isEqualTo("attendance.recorded");
        assertThat(recorded.get("details").get("status").asString()).isEqualTo("PRESENT");
        assertThat(recorded.get("cohortId").asString()).isNotBlank();
        // A later fact makes sure the redelivery had its chance to be stored before counting.
        publish(attendance);
        publish(new TrajectoryActionAudited(UUID.randomUUID(), Instant.parse("2031-03-02T09:17:00Z"),
                entry(actor, "session.cancelled", "session")));
        assertThat(awaitEntries("?actor=" + actor, 3).get("items").valueStream()
                .map(e -> e.get("action").asString()))
                .containsExactly("session.cancelled", "session.rescheduled", "attendance.recorded");
    }

    @Test
    void filtersByActorActionRecordServiceAndDutchDaysNewestFirstInPages() {
        String actor = "organiser-" + UUID.randomUUID();
        String record = UUID.randomUUID().toString();
        // 23:30 UTC on 1 March is already 2 March in Amsterdam.
        publish(new TrajectoryActionAudited(UUID.randomUUID(), Instant.parse("2031-03-01T22:30:00Z"),
                entry(actor, "cohort.opened", "cohort")));
        publish(new TrajectoryActionAudited(UUID.randomUUID(), Instant.parse("2031-03-01T23:30:00Z"),
                new AuditEntry(actor, "organiser", "cohort.closed", "cohort", record, record, Map.of())));
        publish(new ReflectionActionAudited(UUID.randomUUID(), Instant.parse("2031-03-03T10:00:00Z"),
                entry(actor, "evaluation-item.added", "evaluation-item")));
        publish(new TrajectoryActionAudited(UUID.randomUUID(), Instant.parse("2031-03-04T10:00:00Z"),
                entry(actor, "cohort.completed", "cohort")));
        awaitEntries("?actor=" + actor, 4);

        assertThat(actions("?actor=" + actor)).containsExactly("cohort.completed", "evaluation-item.added",
                "cohort.closed", "cohort.opened");
        assertThat(actions("?actor=" + actor + "&from=2031-03-02&to=2031-03-03"))
                .containsExactly("evaluation-item.added", "cohort.closed");
        assertThat(actions("?actor=" + actor + "&to=2031-03-01")).containsExactly("cohort.opened");
        assertThat(actions("?actor=" + actor + "&from=2031-03-04")).containsExactly("cohort.completed");
        assertThat(actions("?actor=" + actor + "&service=reflection")).containsExactly("evaluation-item.added");
        assertThat(actions("?actor=" + actor + "&recordType=cohort&action=cohort.opened"))
                .containsExactly("cohort.opened");
        assertThat(actions("?record=" + record)).containsExactly("cohort.closed");
        assertThat(actions("?actor=nobody-" + UUID.randomUUID())).isEmpty();

        JsonNode second = api.get("/api/audit?actor=" + actor + "&size=3&page=1", admin).json();
        assertThat(second.get("totalItems").asInt()).isEqualTo(4);
        assertThat(second.get("totalPages").asInt()).isEqualTo(2);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(3);
        assertThat(second.get("items").valueStream().map(e -> e.get("action").asString()))
                .containsExactly("cohort.opened");
    }

    @Test
    void refusesBadFiltersWithAProblemNamingTheParameter() {
        assertProblem(api.get("/api/audit?from=2031-03-04&to=2031-03-03", admin), 400, "from");
        assertProblem(api.get("/api/audit?from=04-03-2031", admin), 400, "from");
        assertProblem(api.get("/api/audit?to=2031-02-30", admin), 400, "to");
        assertProblem(api.get("/api/audit?from=1999-12-31", admin), 400, "from");
        assertProblem(api.get("/api/audit?service=gateway", admin), 400, "service");
        assertProblem(api.get("/api/audit?actor=" + "x".repeat(201), admin), 400, "actor");
        assertProblem(api.get("/api/audit?record=", admin), 400, "record");
        assertProblem(api.get("/api/audit?size=0", admin), 400, "size");
        assertProblem(api.get("/api/audit?page=-1", admin), 400, "page");
        assertProblem(api.get("/api/audit", organiser), 403);
        assertProblem(api.get("/api/audit", TestTokens.get().mint("p-audit", "participant")), 403);
        assertProblem(api.get("/api/audit", null), 401);
    }

    @Test
    void anOrganisersWithdrawalIsAuditedWithThePromotionAndAParticipantsOwnIsNot() {
        UUID cohort = openCohort(1);
        String first = token("a-first-" + UUID.randomUUID());
        String second = token("a-second-" + UUID.randomUUID());
        String third = token("a-third-" + UUID.randomUUID());
        String seated = enrol(first, cohort).text("id");
        String waiting = enrol(second, cohort).text("id");
        String own = enrol(third, cohort).text("id");

        assertThat(api.post("/api/enrolments/" + own + "/withdraw", third, null).status()).isEqualTo(200);
        assertThat(api.post("/api/enrolments/" + seated + "/withdraw", organiser, null).status()).isEqualTo(200);

        JsonNode entry = awaitEntries("?record=" + seated, 1).get("items").get(0);
        assertThat(entry.get("service").asString()).isEqualTo("enrolment");
        assertThat(entry.get("actorId").asString()).isEqualTo("organiser");
        assertThat(entry.get("actorRole").asString()).isEqualTo("organiser");
        assertThat(entry.get("action").asString()).isEqualTo("enrolment.withdrawn");
        assertThat(entry.get("recordType").asString()).isEqualTo("enrolment");
        assertThat(entry.get("cohortId").asString()).isEqualTo(cohort.toString());
        assertThat(entry.get("details").get("previousStatus").asString()).isEqualTo("CONFIRMED");
        assertThat(entry.get("details").get("promotedEnrolments").asString()).isEqualTo(waiting);
        assertThat(entry.toString()).doesNotContain("samen leren").doesNotContain("Naam ");
        assertThat(api.get("/api/audit?record=" + own, admin).json().get("totalItems").asInt()).isZero();
    }

    private static AuditEntry entry(String actor, String action, String recordType) {
        return new AuditEntry(actor, actor.substring(0, actor.indexOf('-')), action, recordType,
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), action.startsWith("attendance")
                        ? Map.of("status", "PRESENT") : Map.of());
    }

    private JsonNode awaitEntries(String query, int count) {
        JsonNode[] page = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Api.Response response = api.get("/api/audit" + query, admin);
            page[0] = response.json();
            return response.status() == 200 && response.json().get("totalItems").asInt() >= count;
        });
        assertThat(page[0].get("totalItems").asInt()).isEqualTo(count);
        return page[0];
    }

    private List<String> actions(String query) {
        Api.Response response = api.get("/api/audit" + query, admin);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.json().get("items").valueStream().map(e -> e.get("action").asString()).toList();
    }
}
