package nl.koers.trajectory.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.events.AuditEntry;
import nl.koers.events.CohortEvent;
import nl.koers.events.CohortRetentionExpired;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.ErasureRequested;
import nl.koers.events.ParticipantProfileUpdated;
import nl.koers.events.Topics;
import nl.koers.events.TrajectoryActionAudited;
import nl.koers.events.TrajectoryDataErased;
import nl.koers.events.TrajectoryPrivacyEvent;
import nl.koers.testsupport.Api;
import nl.koers.trajectory.ServiceIT;
import nl.koers.trajectory.TestClock;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Privacy over the real broker and database: retention with a clock the test moves, erasure on request, the
 * guard against facts that predate an erasure, the export part, and the audit entries of organisers' changes.
 */
class PrivacyServiceIT extends ServiceIT {

    private static final String FACILITATOR = "pv-fac";

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private TestClock clock;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    /** A participant's traces in a cohort: every text that must go when their data goes. */
    private record Traces(String participantId, String name, String institution, String questionSentence,
                          String mapSentence, String questionId) {

        List<String> markers() {
            return List.of(participantId, name, institution, questionSentence, mapSentence);
        }
    }

    @Test
    void expiresACohortsPersonalDataOnceWhenItsRetentionPeriodHasPassedAndKeepsTheReportFigures() {
        String trajectoryId = trajectoryWithRetention(1);
        String cohortId = openCohort(trajectoryId);
        Traces ann = participantIn(cohortId, "ann");
        Traces bea = participantIn(cohortId, "bea");
        String session = sessionWithAttendance(cohortId, ann.participantId(), bea.participantId());
        assertThat(api.post("/api/cohorts/" + cohortId + "/complete", organiser, null).status()).isEqualTo(200);
        JsonNode figures = await().atMost(Duration.ofSeconds(30)).until(() -> reportFigures(cohortId),
                r -> r.path("cohorts").path("completed").asInt() == 1 && r.path("developmentQuestions").path("logged").asInt() == 2);

        clock.advance(Duration.ofDays(20));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> expiries(cohortId).isEmpty());
        assertThat(roster(cohortId)).contains(ann.name(), bea.name());

        clock.advance(Duration.ofDays(15));
        await().atMost(Duration.ofSeconds(30)).until(() -> !expiries(cohortId).isEmpty());
        assertThat(expiries(cohortId)).singleElement().satisfies(e -> {
            assertThat(e.trajectoryId()).hasToString(trajectoryId);
            assertThat(e.retentionMonths()).isEqualTo(1);
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(leftovers(List.of(ann.participantId(), ann.name(), ann.questionSentence(), ann.mapSentence(),
                    bea.participantId(), bea.name(), bea.questionSentence(), bea.mapSentence()))).isEmpty();
            // The institution stays only in the report figures, on enrolments that name nobody, so that the
            // figures per institution stay as they were.
            assertThat(leftovers(List.of(ann.institution(), bea.institution())))
                    .allSatisfy(where -> assertThat(where).startsWith("report_"));
        });
        JsonNode entries = api.get("/api/cohorts/" + cohortId + "/participants", organiser).json().get("items");
        assertThat(entries.valueStream().map(e -> e.get("participantId").asString())).hasSize(2)
                .allSatisfy(id -> assertThat(id).startsWith("former-"));
        assertThat(entries.valueStream().map(e -> e.path("displayName").asString(null))).containsOnlyNulls();
        JsonNode marks = api.get("/api/sessions/" + session + "/attendance", organiser).json().get("marks");
        assertThat(marks.valueStream().map(m -> m.get("participantId").asString()))
                .containsExactlyInAnyOrderElementsOf(entries.valueStream().map(e -> e.get("participantId").asString()).toList());
        assertThat(reportFigures(cohortId)).isEqualTo(figures);
        assertThat(audits("cohort.personal-data-expired", cohortId)).singleElement().satisfies(a -> {
            assertThat(a.actorId()).isEqualTo(AuditEntry.SYSTEM);
            assertThat(a.details()).containsEntry("retentionMonths", "1");
        });

        // Later checks find nothing left to expire: still one announcement.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> expiries(cohortId).size() == 1);
    }

    @Test
    void erasesAParticipantLeavingNoTraceButTheCountsAndSaysSoOncePerRequest() {
        String cohortId = openCohort(trajectoryWithRetention(null));
        Traces zoe = participantIn(cohortId, "zoe");
        Traces bea = participantIn(cohortId, "bea");
        sessionWithAttendance(cohortId, zoe.participantId(), bea.participantId());
        assertThat(api.post("/api/sessions/calendar/subscription", token(zoe.participantId(), "participant"), null)
                .status()).isEqualTo(201);
        JsonNode before = await().atMost(Duration.ofSeconds(30)).until(() -> reportFigures(cohortId),
                r -> r.path("developmentQuestions").path("logged").asInt() == 2
                        && r.path("sessions").path("held").asInt() == 1);
        assertThat(leftovers(zoe.markers())).isNotEmpty();

        UUID erasureId = UUID.randomUUID();
        ErasureRequested request = new ErasureRequested(UUID.randomUUID(), Instant.now(), erasureId,
                zoe.participantId(), "participant");
        publishFact(request);

        await().atMost(Duration.ofSeconds(30)).until(() -> erased(erasureId).size() == 1);
        assertThat(leftovers(zoe.markers())).isEmpty();
        assertThat(leftovers(List.of(bea.name(), bea.questionSentence(), bea.mapSentence()))).isNotEmpty();
        assertThat(roster(cohortId)).contains(bea.name()).contains("former-");
        assertThat(api.get("/api/development-questions/" + zoe.questionId(), organiser).status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode after = reportFigures(cohortId);
            assertThat(withoutInstitutions(after.get("participation")))
                    .isEqualTo(withoutInstitutions(before.get("participation")));
            // The erased participant counts on, under "unknown" now.
            assertThat(after.at("/participation/byInstitution/unknown").asInt()).isEqualTo(1);
            assertThat(after.at("/participation/byInstitution").propertyNames()).doesNotContain(zoe.institution());
            assertThat(after.get("sessions")).isEqualTo(before.get("sessions"));
            assertThat(after.get("developmentQuestions")).isEqualTo(before.get("developmentQuestions"));
        });
        assertThat(audits("participant.erased", erasureId.toString())).singleElement()
                .satisfies(a -> assertThat(a.details()).containsEntry("erasureId", erasureId.toString()));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> erased(erasureId).size() == 1);

        // Delivered again: erased already, and said so again.
        publishFact(request);
        await().atMost(Duration.ofSeconds(30)).until(() -> erased(erasureId).size() == 2);
        assertThat(leftovers(zoe.markers())).isEmpty();
    }

    @Test
    void bringsNoErasedParticipantBackFromAFactThatPredatesTheErasure() {
        String cohortId = openCohort(trajectoryWithRetention(null));
        Traces kim = participantIn(cohortId, "kim");
        UUID erasureId = UUID.randomUUID();
        Instant beforeErasure = Instant.now();
        publishFact(new ErasureRequested(UUID.randomUUID(), Instant.now(), erasureId, kim.participantId(), "admin"));
        await().atMost(Duration.ofSeconds(30)).until(() -> erased(erasureId).size() == 1);

        UUID cohort = UUID.fromString(cohortId);
        publishFact(new ParticipantProfileUpdated(UUID.randomUUID(), beforeErasure, kim.participantId(), 7,
                kim.name(), kim.institution(), "MBO", null));
        publish(new EnrolmentConfirmed(UUID.randomUUID(), beforeErasure, UUID.randomUUID(), cohort,
                kim.participantId(), 900));
        // Behind the stale facts on their partitions: once these show, the stale ones were handled.
        String lateId = "pv-late-" + run;
        publishFact(new ParticipantProfileUpdated(UUID.randomUUID(), Instant.now(), lateId, 1, "Laat " + run,
                "Laat College", "MBO", null));
        publish(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort, lateId, 901));
        await().atMost(Duration.ofSeconds(30)).until(() -> roster(cohortId).contains("Laat " + run));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> leftovers(kim.markers()).isEmpty());
        JsonNode entries = api.get("/api/cohorts/" + cohortId + "/participants", organiser).json().get("items");
        assertThat(entries.valueStream().map(e -> e.get("participantId").asString()))
                .doesNotContain(kim.participantId()).contains(lateId);
    }

    @Test
    void exportsWhatTheServiceHoldsAboutTheCallingParticipantAndAuditsIt() {
        String trajectoryId = trajectoryWithRetention(null);
        String cohortId = openCohort(trajectoryId);
        Traces eva = participantIn(cohortId, "eva");
        String session = sessionWithAttendance(cohortId, eva.participantId());
        String evaToken = token(eva.participantId(), "participant");
        assertThat(api.post("/api/development-questions/" + eva.questionId() + "/revisions", evaToken,
                Map.of("text", "Hoe maken wij als team de cyclus van ons?", "scope", "TEAM", "sessionId", session))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/sessions/calendar/subscription", evaToken, null).status()).isEqualTo(201);

        Api.Response export = api.get("/api/privacy/trajectory/export", evaToken);

        assertThat(export.status()).as(export.raw()).isEqualTo(200);
        assertThat(export.header("Cache-Control")).contains("no-store");
        JsonNode part = export.json();
        assertThat(part.get("part").asString()).isEqualTo("trajectory");
        assertThat(part.get("participantId").asString()).isEqualTo(eva.participantId());
        assertThat(part.get("exportedAt").asString()).isNotBlank();
        assertThat(part.get("cohorts")).singleElement().satisfies(c -> {
            assertThat(c.get("cohortId").asString()).isEqualTo(cohortId);
            assertThat(c.get("trajectoryId").asString()).isEqualTo(trajectoryId);
            assertThat(c.get("trajectoryTitle").asString()).startsWith("Privacy");
            assertThat(c.get("cohortStatus").asString()).isEqualTo("OPEN");
            assertThat(c.get("rosterStatus").asString()).isEqualTo("CONFIRMED");
        });
        assertThat(part.get("attendance")).singleElement().satisfies(a -> {
            assertThat(a.get("sessionId").asString()).isEqualTo(session);
            assertThat(a.get("date").asString()).isEqualTo("2025-10-07");
            assertThat(a.get("status").asString()).isEqualTo("PRESENT");
        });
        assertThat(part.get("developmentQuestions")).singleElement().satisfies(q -> {
            assertThat(q.get("id").asString()).isEqualTo(eva.questionId());
            assertThat(q.get("revisions").valueStream().map(r -> r.get("text").asString()))
                    .containsExactly(eva.questionSentence(), "Hoe maken wij als team de cyclus van ons?");
            assertThat(q.get("revisions").get(1).get("scope").asString()).isEqualTo("TEAM");
        });
        assertThat(part.get("stakeholderMaps")).singleElement().satisfies(m -> {
            assertThat(m.get("questionId").asString()).isEqualTo(eva.questionId());
            assertThat(m.get("stakeholders").get(0).get("nameOrRole").asString()).isEqualTo(eva.mapSentence());
        });
        assertThat(part.get("calendarSubscription").get("exists").asBoolean()).isTrue();
        assertThat(part.toString()).doesNotContain("tokenHash");
        await().atMost(Duration.ofSeconds(30)).until(() -> audits("participant.exported", eva.participantId()).size() == 1);
        assertThat(audits("participant.exported", eva.participantId()).getFirst().actorRole()).isEqualTo("participant");

        JsonNode empty = api.get("/api/privacy/trajectory/export", token("pv-nobody-" + run, "participant")).json();
        assertThat(empty.get("cohorts")).isEmpty();
        assertThat(empty.get("developmentQuestions")).isEmpty();
        assertThat(empty.get("calendarSubscription").get("exists").asBoolean()).isFalse();
        assertProblem(api.get("/api/privacy/trajectory/export", organiser), 403, null);
        assertProblem(api.get("/api/privacy/trajectory/export", token(FACILITATOR, "facilitator")), 403, null);
        assertProblem(api.get("/api/privacy/trajectory/export", token("pv-admin", "admin")), 403, null);
        assertThat(api.get("/api/privacy/trajectory/export", null).status()).isEqualTo(401);
    }

    @Test
    void auditsEveryChangeAnOrganiserOrFacilitatorMakesWithoutItsText() {
        Map<String, Object> trajectory = new LinkedHashMap<>();
        trajectory.put("title", "Geheime titel " + run);
        trajectory.put("organiser", "NCP EQAVET");
        Api.Response created = api.post("/api/trajectories", organiser, trajectory);
        assertThat(created.json().get("retentionMonths").asInt()).isEqualTo(24);
        assertThat(created.json().get("retentionIsDefault").asBoolean()).isTrue();
        String trajectoryId = created.text("id");
        trajectory.put("retentionMonths", 36);
        Api.Response revised = api.send("PUT", "/api/trajectories/" + trajectoryId, organiser, trajectory,
                Map.of("If-Match", "\"1\""));
        assertThat(revised.json().get("retentionMonths").asInt()).isEqualTo(36);
        assertThat(revised.json().get("retentionIsDefault").asBoolean()).isFalse();
        trajectory.put("retentionMonths", 121);
        assertProblem(api.send("PUT", "/api/trajectories/" + trajectoryId, organiser, trajectory,
                Map.of("If-Match", "\"2\"")), 400, "retentionMonths");
        trajectory.put("retentionMonths", 0);
        assertProblem(api.post("/api/trajectories", organiser, trajectory), 400, "retentionMonths");

        String cohortId = openCohort(trajectoryId);
        confirm(cohortId, "pv-audit-" + run);
        String session = api.post("/api/cohorts/" + cohortId + "/sessions", organiser, Map.of("title", "Sessie 1",
                "startsAt", "2025-10-07T12:00:00Z", "endsAt", "2025-10-07T15:00:00Z", "place", "Utrecht")).text("id");
        assertThat(api.patch("/api/sessions/" + session, organiser, Map.of("place", "Amersfoort")).status())
                .isEqualTo(200);
        assertThat(api.put("/api/sessions/" + session + "/attendance", token(FACILITATOR, "facilitator"),
                Map.of("marks", List.of(Map.of("participantId", "pv-audit-" + run, "status", "PRESENT"))))
                .status()).isEqualTo(200);
        assertThat(api.post("/api/sessions/" + session + "/cancel", organiser, null).status()).isEqualTo(200);
        assertThat(api.post("/api/cohorts/" + cohortId + "/close", organiser, null).status()).isEqualTo(200);
        assertThat(api.post("/api/cohorts/" + cohortId + "/cancel", organiser, null).status()).isEqualTo(200);
        Api.Response instrument = api.post("/api/instruments", organiser, Map.of("kind", "CARD_SET",
                "title", "Kaartenset " + run, "cards", List.of(Map.of("question", "Wie doet mee?",
                        "suggestions", List.of("Het team"), "audience", "ALL"))));
        assertThat(instrument.status()).as(instrument.raw()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<AuditEntry> all = allAudits();
            assertThat(actionsOn(all, trajectoryId)).containsExactly("trajectory.created", "trajectory.revised");
            assertThat(actionsOn(all, cohortId)).containsExactly("cohort.planned", "cohort.opened", "cohort.closed",
                    "cohort.cancelled");
            assertThat(actionsOn(all, session)).containsExactly("session.planned", "session.rescheduled",
                    "attendance.recorded", "session.cancelled");
            assertThat(actionsOn(all, instrument.text("id"))).containsExactly("instrument.created");
        });
        List<AuditEntry> ours = allAudits().stream().filter(a -> List.of(trajectoryId, cohortId, session,
                instrument.text("id")).contains(a.recordId())).toList();
        assertThat(ours).allSatisfy(a -> assertThat(a.toString()).doesNotContain(run).doesNotContain("Utrecht"));
        AuditEntry revision = ours.stream().filter(a -> a.action().equals("trajectory.revised")).findFirst().orElseThrow();
        assertThat(revision.actorId()).isEqualTo("organiser-1");
        assertThat(revision.actorRole()).isEqualTo("organiser");
        assertThat(revision.details()).containsEntry("changed", "retentionMonths").containsEntry("retentionMonths", "36");
        AuditEntry attendance = ours.stream().filter(a -> a.action().equals("attendance.recorded")).findFirst().orElseThrow();
        assertThat(attendance.actorRole()).isEqualTo("facilitator");
        assertThat(attendance.cohortId()).isEqualTo(cohortId);
        assertThat(attendance.details()).containsEntry("marked", "1");
    }

    private String trajectoryWithRetention(Integer months) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", "Privacy " + run);
        request.put("organiser", "NCP EQAVET");
        request.put("retentionMonths", months);
        Api.Response created = api.post("/api/trajectories", organiser, request);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("id");
    }

    private String openCohort(String trajectoryId) {
        String cohortId = plannedCohort(trajectoryId, "Groep " + run, "2025-10-01", List.of(FACILITATOR));
        assertThat(api.post("/api/cohorts/" + cohortId + "/open", organiser, null).status()).isEqualTo(200);
        return cohortId;
    }

    /** A confirmed participant with a profile, a development question and a stakeholder map, all marked. */
    private Traces participantIn(String cohortId, String who) {
        String id = "pv-" + who + "-" + run;
        String name = "Naam " + who + " " + run;
        String institution = "Instelling " + who + " " + run;
        String questionSentence = "Hoe krijgt " + who + " het team mee, vraag " + run + "?";
        String mapSentence = "Stakeholder van " + who + " " + run;
        profile(id, 1, name, institution, "MBO");
        confirmAlongside(cohortId, id, name);
        String participant = token(id, "participant");
        Api.Response logged = api.post("/api/development-questions", participant, Map.of("cohortId", cohortId,
                "text", questionSentence, "scope", "INDIVIDUAL", "visibility", "FACILITATORS"));
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
        String questionId = logged.text("id");
        Api.Response map = api.send("PUT", "/api/development-questions/" + questionId + "/stakeholder-map",
                participant, Map.of("stakeholders", List.of(Map.of("nameOrRole", mapSentence, "level", "TEAM",
                        "influence", 4, "interest", 5, "stance", "SUPPORTER"))), Map.of("If-Match", "\"0\""));
        assertThat(map.status()).as(map.raw()).isEqualTo(200);
        return new Traces(id, name, institution, questionSentence, mapSentence, questionId);
    }

    /** Confirms one more participant (the roster may hold others already) and waits for their name. */
    private void confirmAlongside(String cohortId, String participantId, String name) {
        publish(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), UUID.fromString(cohortId),
                participantId, System.nanoTime()));
        await().atMost(Duration.ofSeconds(30)).until(() -> roster(cohortId).contains(name));
    }

    private String sessionWithAttendance(String cohortId, String... present) {
        Api.Response session = api.post("/api/cohorts/" + cohortId + "/sessions", organiser, Map.of(
                "title", "Sessie 1", "startsAt", "2025-10-07T12:00:00Z", "endsAt", "2025-10-07T15:00:00Z",
                "place", "Utrecht"));
        assertThat(session.status()).as(session.raw()).isEqualTo(201);
        List<Map<String, String>> marks = new ArrayList<>();
        for (String participantId : present) {
            marks.add(Map.of("participantId", participantId, "status", "PRESENT"));
        }
        Api.Response recorded = api.put("/api/sessions/" + session.text("id") + "/attendance",
                token(FACILITATOR, "facilitator"), Map.of("marks", marks));
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(200);
        return session.text("id");
    }

    private String roster(String cohortId) {
        return api.get("/api/cohorts/" + cohortId + "/participants?size=100", organiser).raw();
    }

    private JsonNode reportFigures(String cohortId) {
        Api.Response report = api.get("/api/reports/cohorts/" + cohortId, organiser);
        return report.status() == 200 ? report.json() : Api.parse("{}");
    }

    private static JsonNode withoutInstitutions(JsonNode participation) {
        tools.jackson.databind.node.ObjectNode copy = ((tools.jackson.databind.node.ObjectNode) participation).deepCopy();
        copy.remove("byInstitution");
        return copy;
    }

    /** Every document of the service's database that still holds one of the markers, named by collection. */
    private List<String> leftovers(List<String> markers) {
        List<String> found = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                String json = document.toJson();
                markers.stream().filter(json::contains).forEach(m -> found.add(collection + ": " + m));
            }
        }
        return found;
    }

    private List<CohortRetentionExpired> expiries(String cohortId) {
        return kafka.readAll(Topics.TRAJECTORY_COHORTS, Duration.ofMillis(800)).stream()
                .map(r -> IncomingEvents.read(r, CohortEvent.class)).flatMap(Optional::stream)
                .filter(e -> e instanceof CohortRetentionExpired x && x.cohortId().toString().equals(cohortId))
                .map(CohortRetentionExpired.class::cast).toList();
    }

    private List<TrajectoryPrivacyEvent> privacyFacts() {
        return kafka.readAll(Topics.TRAJECTORY_PRIVACY, Duration.ofMillis(800)).stream()
                .map(r -> IncomingEvents.read(r, TrajectoryPrivacyEvent.class)).flatMap(Optional::stream).toList();
    }

    private List<TrajectoryDataErased> erased(UUID erasureId) {
        return privacyFacts().stream().filter(e -> e instanceof TrajectoryDataErased d && d.erasureId().equals(erasureId))
                .map(TrajectoryDataErased.class::cast).toList();
    }

    private List<AuditEntry> allAudits() {
        return privacyFacts().stream().filter(TrajectoryActionAudited.class::isInstance)
                .map(e -> ((TrajectoryActionAudited) e).entry()).toList();
    }

    private List<AuditEntry> audits(String action, String recordId) {
        return allAudits().stream().filter(a -> a.action().equals(action) && a.recordId().equals(recordId)).toList();
    }

    private static List<String> actionsOn(List<AuditEntry> entries, String recordId) {
        return entries.stream().filter(a -> a.recordId().equals(recordId)).map(AuditEntry::action).toList();
    }
}
