package nl.koers.system.api;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import nl.koers.system.Koers;
import nl.koers.system.api.AuthorisationMatrix.CallerKind;
import nl.koers.testsupport.Api;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The one world {@link AuthorisationMatrixIT} runs the table in, made through the API as its users would: a
 * trajectory co-owned by {@code teams-aan-zet} with cohort A (facilitator, owner and same-cohort participant
 * confirmed, one session held three days ago with attendance and prompts) and cohort B (facilitator2, the
 * other-cohort participant), and the owner's records, all shared with the cohort. Then, per operation
 * ({@code METHOD path}), the {@link Target} that says what each caller sends: path, query, body, headers, and for
 * operations that change state for good a record of its own, made when first asked for.
 *
 * <p>An operation without a target here still runs, on {@link SchemaSamples}' valid body with this world's ids:
 * the table decides what it must answer, this class only how to ask.
 */
final class MatrixWorld {

    /** When a cell may run: reads first, then changes that spoil nothing, then those with records of their own. */
    enum Phase { READ, WRITE, OWN_RECORDS, LAST }

    /** One request: as whom (null: no token), to where, with what; {@code recordIds} are the path's record ids. */
    record Call(String user, String path, Object body, Map<String, String> headers, List<String> recordIds) {
    }

    /** What a caller sends for one operation; {@code allowed} says whether the table lets them (a success's record). */
    interface Target {
        Call call(CallerKind caller, boolean allowed);
    }

    record Spec(Phase phase, Target target) {
    }

    static final String COALITION = "teams-aan-zet";
    static final String ERASED = "participant64";
    static final String ERASES_SELF = "participant65";
    static final String ERASED_BY_ADMIN = "participant66";
    static final String NOT_TO_BE_ERASED = "participant67";
    static final List<String> ROSTER_ONLY = List.of("participant68", "participant69");
    private static final List<Map<String, String>> ROLES = List.of(
            Map.of("key", "team", "label", "Onderwijsteam"), Map.of("key", "team-leader", "label", "Teamleider"));
    private static final List<Map<String, String>> ITEMS = List.of(
            Map.of("key", "relevance", "label", "Relevantie voor mijn ontwikkelvraag"),
            Map.of("key", "overall", "label", "Het traject als geheel"));

    /** A link's secret of the right shape that no invitation has. */
    private static final String UNKNOWN_INVITATION = "q3V9vX0m1n2b3c4d5e6f7g8h9i0j1k2l3m4n5o6p7q8";
    private static final String BOUNDARY = "koers-matrix";

    private final Koers koers;
    private final Api api;
    private final Map<String, Object> once = new HashMap<>();
    private final Map<String, Spec> specs = new LinkedHashMap<>();
    private final List<String> setUp = new ArrayList<>();

    String trajectory;
    String cohortA;
    String cohortB;
    String session;
    String question;
    String reflection;
    String caseId;
    String intervention;
    String enrolment;
    String instrument;
    String erasure;
    String feedToken;
    String mail;
    String upload;

    private MatrixWorld(Koers koers) {
        this.koers = koers;
        this.api = koers.api;
    }

    static MatrixWorld make(Koers koers) {
        MatrixWorld world = new MatrixWorld(koers);
        world.build();
        world.describe();
        return world;
    }

    /** The ids {@link SchemaSamples} fills a request with, for operations without a target of their own. */
    RealIds ids() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("cohort", cohortA);
        ids.put("trajectory", trajectory);
        ids.put("session", session);
        ids.put("developmentquestion", question);
        ids.put("question", question);
        ids.put("reflection", reflection);
        ids.put("case", caseId);
        ids.put("intervention", intervention);
        ids.put("enrolment", enrolment);
        ids.put("instrument", instrument);
        ids.put("erasure", erasure);
        ids.put("token", feedToken);
        ids.put("coalition", COALITION);
        ids.put("participant", CallerKind.OWNER.user);
        ids.put("facilitator", CallerKind.FACILITATOR.user);
        return RealIds.of(ids);
    }

    Spec spec(String method, String path) {
        return specs.get(method + " " + path);
    }

    /** What the world is, for the report of a failed run. */
    List<String> setUp() {
        return setUp;
    }

    // --- The world ---------------------------------------------------------------------------------------------

    private void build() {
        List<String> everyone = new ArrayList<>();
        for (CallerKind kind : CallerKind.values()) {
            if (kind.user != null) {
                everyone.add(kind.user);
            }
        }
        everyone.addAll(List.of(ERASED, ERASES_SELF, ERASED_BY_ADMIN, NOT_TO_BE_ERASED));
        everyone.addAll(ROSTER_ONLY);
        everyone.forEach(user -> ok(api.put("/api/participants/me", token(user), profile(user)), "profile of " + user));

        trajectory = ok(api.post("/api/trajectories", token("organiser"), trajectoryBody()), "trajectory").text("id");
        cohortA = openCohort("facilitator");
        cohortB = openCohort("facilitator2");
        koers.awaitOpenForEnrolment(UUID.fromString(cohortA));
        koers.awaitOpenForEnrolment(UUID.fromString(cohortB));
        enrolment = ok(koers.enrol(token(CallerKind.OWNER.user), UUID.fromString(cohortA)), "owner's enrolment").text("id");
        ok(koers.enrol(token(CallerKind.SAME_COHORT.user), UUID.fromString(cohortA)), "same-cohort enrolment");
        ok(koers.enrol(token(CallerKind.OTHER_COHORT.user), UUID.fromString(cohortB)), "other-cohort enrolment");

        Instant held = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        session = ok(api.post("/api/cohorts/" + cohortA + "/sessions", token("organiser"), sessionBody(held)),
                "session").text("id");
        eventually("prompts", () -> api.put("/api/reflections/prompts/" + session, token("organiser"), prompts()));
        eventually("attendance", () -> api.put("/api/sessions/" + session + "/attendance", token("facilitator"),
                attendance()));
        eventually("role fan", () -> api.put("/api/role-fans/" + cohortA, token("organiser"), Map.of("roles", ROLES)));
        ok(api.put("/api/evaluations/items/" + trajectory, token("organiser"), Map.of("items", ITEMS)), "evaluation items");

        String owner = token(CallerKind.OWNER.user);
        question = eventually("development question", () -> api.post("/api/development-questions", owner,
                questionBody())).text("id");
        ok(api.send("PUT", "/api/development-questions/" + question + "/stakeholder-map", owner, stakeholders(),
                Map.of("If-Match", "*")), "stakeholder map");
        reflection = eventually("reflection", () -> api.post("/api/reflections", owner, reflectionBody())).text("id");
        caseId = ok(api.post("/api/cases", owner, caseBody()), "case").text("id");
        intervention = ok(api.post("/api/interventions", owner, actionPlan(true)), "intervention").text("id");
        eventually("facilitator's feedback", () -> api.post("/api/interventions/" + intervention + "/feedback",
                token("facilitator"), Map.of("text", "Mooi hoe je het team erbij haalt")));
        instrument = ok(api.post("/api/instruments", token("organiser"), instrumentBody()), "instrument").text("id");

        for (CallerKind kind : List.of(CallerKind.SAME_COHORT, CallerKind.OTHER_COHORT, CallerKind.FACILITATOR,
                CallerKind.OTHER_FACILITATOR, CallerKind.OWNER)) {
            String path = ok(api.post("/api/sessions/calendar/subscription", token(kind.user), null),
                    "calendar subscription of " + kind.user).text("path");
            feedToken = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.ics$", "");
        }
        Api.Response erased = api.post("/api/privacy/erasures", token(ERASED), Map.of("participantId", ERASED));
        // Without it the erasure rows still run, on an id nobody knows, and the report says why they fail.
        erasure = erased.status() == 202 && erased.text("id") != null ? erased.text("id") : UUID.randomUUID().toString();
        if (erased.status() != 202) {
            setUp.add("could not ask for the erasure of " + ERASED + ": " + erased.status() + " " + erased.raw());
        }
        // The owner's confirmation mail, delivered: the resend row's record.
        mail = eventually("the owner's confirmation mail", () -> {
            Api.Response mine = api.get("/api/notifications/mine", owner);
            return mine.status() == 200 && mine.json().path("items").size() > 0
                    && "SENT".equals(mine.json().path("items").path(0).path("status").asString()) ? mine
                    : new Api.Response(404, mine.contentType(), mine.raw(), mine.json(), mine.http());
        }).json().path("items").path(0).path("id").asString();
        Api.Response uploaded = api.send("POST", "/api/invitations/uploads", token("organiser"), invitationList(),
                Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY));
        upload = ok(uploaded, "invitation list").text("id");
        eventually("cohort report", () -> api.get("/api/reports/cohorts/" + cohortA, token("organiser")));
        eventually("trajectory report", () -> api.get("/api/reports/trajectories/" + trajectory, token("organiser")));
        setUp.add("trajectory " + trajectory + ", cohort A " + cohortA + ", cohort B " + cohortB + ", session " + session
                + ", question " + question + ", reflection " + reflection + ", case " + caseId + ", intervention "
                + intervention + ", enrolment " + enrolment + ", erasure of " + ERASED + " " + erasure);
    }

    private String openCohort(String facilitator) {
        String cohort = planCohort(trajectory, facilitator);
        ok(api.post("/api/cohorts/" + cohort + "/open", token("organiser"), null), "opening " + cohort);
        return cohort;
    }

    private String planCohort(String inTrajectory, String facilitator) {
        return ok(api.post("/api/trajectories/" + inTrajectory + "/cohorts", token("organiser"), cohortBody(facilitator)),
                "cohort").text("id");
    }

    // --- What each operation is sent ---------------------------------------------------------------------------

    private void describe() {
        // enrolment-service
        read("GET /api/participants/me", "/api/participants/me");
        write("PUT /api/participants/me", (caller, allowed) -> call(caller, "/api/participants/me",
                profile(caller.user == null ? "anonymous" : caller.user)));
        read("GET /api/enrolments", "/api/enrolments?cohortId=" + cohortA);
        write("POST /api/enrolments", (caller, allowed) -> call(caller, "/api/enrolments",
                Map.of("cohortId", enrolmentCohort(), "motivation", "Samen leren in het netwerk")));
        own("POST /api/enrolments/{id}/withdraw", (caller, allowed) -> {
            List<String> enrolments = withdrawable();
            String id = !allowed || caller == CallerKind.OWNER ? enrolments.get(0)
                    : caller == CallerKind.ORGANISER ? enrolments.get(1) : enrolments.get(2);
            return call(caller, "/api/enrolments/" + id + "/withdraw", null, id);
        });
        read("GET /api/enrolments/{id}", "/api/enrolments/" + enrolment, enrolment);
        read("GET /api/enrolments/seats", "/api/enrolments/seats?cohortId=" + cohortA);
        read("GET /api/enrolments/mine", "/api/enrolments/mine");
        specs.put("POST /api/privacy/erasures", new Spec(Phase.LAST, (caller, allowed) -> {
            if (allowed && caller == CallerKind.OWNER) {
                return new Call(ERASES_SELF, "/api/privacy/erasures", Map.of("participantId", ERASES_SELF), Map.of(),
                        List.of());
            }
            String whom = allowed && caller == CallerKind.ADMIN ? ERASED_BY_ADMIN : NOT_TO_BE_ERASED;
            return call(caller, "/api/privacy/erasures", Map.of("participantId", whom));
        }));
        specs.put("GET /api/privacy/erasures/{id}", new Spec(Phase.READ, (caller, allowed) ->
                new Call(caller == CallerKind.OWNER ? ERASED : caller.user, "/api/privacy/erasures/" + erasure, null,
                        Map.of(), List.of(erasure))));
        read("GET /api/privacy/erasures", "/api/privacy/erasures");
        read("GET /api/privacy/enrolment/export", "/api/privacy/enrolment/export");
        read("GET /api/audit", "/api/audit?size=5");
        write("POST /api/invitations/uploads", (caller, allowed) -> new Call(caller.user, "/api/invitations/uploads",
                invitationList(), Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY), List.of()));
        read("GET /api/invitations/uploads/{id}", "/api/invitations/uploads/" + upload, upload);
        write("POST /api/invitations/uploads/{id}/confirmation", (caller, allowed) -> call(caller,
                "/api/invitations/uploads/" + upload + "/confirmation", null, upload));
        read("GET /api/invitations", "/api/invitations?cohortId=" + cohortA);
        write("POST /api/invitations/lookup", (caller, allowed) -> call(caller, "/api/invitations/lookup",
                Map.of("token", UNKNOWN_INVITATION)));
        write("POST /api/invitations/acceptance", (caller, allowed) -> call(caller, "/api/invitations/acceptance",
                Map.of("token", UNKNOWN_INVITATION)));

        // trajectory-service: trajectories and cohorts
        read("GET /api/trajectories", "/api/trajectories");
        write("POST /api/trajectories", (caller, allowed) -> call(caller, "/api/trajectories", trajectoryBody()));
        read("GET /api/trajectories/{id}", "/api/trajectories/" + trajectory, trajectory);
        write("PUT /api/trajectories/{id}", (caller, allowed) -> new Call(caller.user, "/api/trajectories/" + trajectory,
                trajectoryBody(), Map.of("If-Match", "*"), List.of(trajectory)));
        read("GET /api/trajectories/{trajectoryId}/cohorts", "/api/trajectories/" + trajectory + "/cohorts", trajectory);
        write("POST /api/trajectories/{trajectoryId}/cohorts", (caller, allowed) -> call(caller,
                "/api/trajectories/" + trajectory + "/cohorts", cohortBody("facilitator"), trajectory));
        read("GET /api/cohorts/open", "/api/cohorts/open");
        read("GET /api/cohorts/mine", "/api/cohorts/mine");
        read("GET /api/cohorts/{id}", "/api/cohorts/" + cohortA, cohortA);
        lifeCycle("open", false);
        lifeCycle("close", true);
        lifeCycle("complete", true);
        lifeCycle("cancel", false);
        read("GET /api/cohorts/{id}/participants", "/api/cohorts/" + cohortA + "/participants", cohortA);

        // sessions and attendance
        read("GET /api/cohorts/{cohortId}/sessions", "/api/cohorts/" + cohortA + "/sessions", cohortA);
        write("POST /api/cohorts/{cohortId}/sessions", (caller, allowed) -> {
            String cohort = once("scheduling cohort", () -> planCohort(trajectory, "facilitator"));
            return call(caller, "/api/cohorts/" + cohort + "/sessions",
                    sessionBody(Instant.now().plus(Duration.ofDays(60)).truncatedTo(ChronoUnit.HOURS)), cohort);
        });
        own("POST /api/cohorts/{cohortId}/sessions/from-blueprint", (caller, allowed) -> {
            String cohort = allowed ? blueprintCohort() : once("blueprint cohort", this::blueprintCohort);
            Instant at = Instant.now().plus(Duration.ofDays(70)).truncatedTo(ChronoUnit.HOURS);
            return call(caller, "/api/cohorts/" + cohort + "/sessions/from-blueprint", Map.of("slots", List.of(Map.of(
                    "startsAt", at.toString(), "endsAt", at.plus(Duration.ofHours(3)).toString(), "place", "Utrecht"))),
                    cohort);
        });
        read("GET /api/sessions/{id}", "/api/sessions/" + session, session);
        write("PATCH /api/sessions/{id}", (caller, allowed) -> call(caller, "/api/sessions/" + session,
                Map.of("place", "ROC Midden Nederland, Utrecht"), session));
        own("POST /api/sessions/{id}/cancel", (caller, allowed) -> {
            String id = allowed ? cancellableSession() : once("session to cancel", this::cancellableSession);
            return call(caller, "/api/sessions/" + id + "/cancel", null, id);
        });
        read("GET /api/sessions/upcoming", "/api/sessions/upcoming");
        read("GET /api/sessions/{id}/attendance", "/api/sessions/" + session + "/attendance", session);
        write("PUT /api/sessions/{id}/attendance", (caller, allowed) -> call(caller,
                "/api/sessions/" + session + "/attendance", attendance(), session));
        read("GET /api/cohorts/{cohortId}/attendance", "/api/cohorts/" + cohortA + "/attendance", cohortA);

        // instruments, questions, maps, calendar, reports
        read("GET /api/instruments", "/api/instruments");
        write("POST /api/instruments", (caller, allowed) -> call(caller, "/api/instruments", instrumentBody()));
        read("GET /api/instruments/{id}", "/api/instruments/" + instrument, instrument);
        read("GET /api/development-questions", "/api/development-questions?cohortId=" + cohortA);
        write("POST /api/development-questions", (caller, allowed) -> call(caller, "/api/development-questions",
                questionBody()));
        read("GET /api/development-questions/{id}", "/api/development-questions/" + question, question);
        write("PATCH /api/development-questions/{id}", (caller, allowed) -> call(caller,
                "/api/development-questions/" + question, Map.of("visibility", "COHORT"), question));
        write("POST /api/development-questions/{id}/revisions", (caller, allowed) -> call(caller,
                "/api/development-questions/" + question + "/revisions", Map.of("text",
                        "Hoe maken wij als team de kwaliteitscyclus van onze opleiding van ons?", "scope", "TEAM"),
                question));
        read("GET /api/development-questions/{id}/stakeholder-map",
                "/api/development-questions/" + question + "/stakeholder-map", question);
        write("PUT /api/development-questions/{id}/stakeholder-map", (caller, allowed) -> new Call(caller.user,
                "/api/development-questions/" + question + "/stakeholder-map", stakeholders(), Map.of("If-Match", "*"),
                List.of(question)));
        read("GET /api/sessions/calendar/subscription", "/api/sessions/calendar/subscription");
        write("POST /api/sessions/calendar/subscription", (caller, allowed) -> call(caller,
                "/api/sessions/calendar/subscription", null));
        specs.put("DELETE /api/sessions/calendar/subscription", new Spec(Phase.LAST, (caller, allowed) -> call(caller,
                "/api/sessions/calendar/subscription", null)));
        specs.put("GET /api/sessions/calendar/{token}.ics", new Spec(Phase.READ, (caller, allowed) -> new Call(
                caller.user, "/api/sessions/calendar/" + feedToken + ".ics", null, Map.of("Accept", "text/calendar"),
                List.of(feedToken))));
        read("GET /api/reports/cohorts/{id}", "/api/reports/cohorts/" + cohortA, cohortA);
        read("GET /api/reports/trajectories/{id}", "/api/reports/trajectories/" + trajectory, trajectory);
        read("GET /api/reports/coalitions/{id}", "/api/reports/coalitions/" + COALITION, COALITION);
        read("GET /api/privacy/trajectory/export", "/api/privacy/trajectory/export");

        // reflection-service
        read("GET /api/reflections", "/api/reflections?cohortId=" + cohortA);
        write("POST /api/reflections", (caller, allowed) -> call(caller, "/api/reflections", reflectionBody()));
        read("GET /api/reflections/{id}", "/api/reflections/" + reflection, reflection);
        write("PUT /api/reflections/{id}", (caller, allowed) -> call(caller, "/api/reflections/" + reflection,
                Map.of("sessionId", session, "text", "Herzien: het team benoemt nu zelf wanneer het trots is",
                        "visibility", "COHORT"), reflection));
        own("DELETE /api/reflections/{id}", (caller, allowed) -> {
            String id = once("reflection to delete", () -> ok(api.post("/api/reflections",
                    token(CallerKind.OWNER.user), reflectionBody()), "reflection to delete").text("id"));
            return call(caller, "/api/reflections/" + id, null, id);
        });
        read("GET /api/reflections/counts", "/api/reflections/counts?cohortId=" + cohortA);
        read("GET /api/reflections/prompts/{sessionId}", "/api/reflections/prompts/" + session, session);
        write("PUT /api/reflections/prompts/{sessionId}", (caller, allowed) -> call(caller,
                "/api/reflections/prompts/" + session, prompts(), session));
        read("GET /api/cases", "/api/cases?cohortId=" + cohortA);
        write("POST /api/cases", (caller, allowed) -> call(caller, "/api/cases", caseBody()));
        read("GET /api/cases/{id}", "/api/cases/" + caseId, caseId);
        write("PUT /api/cases/{id}/analysis", (caller, allowed) -> call(caller, "/api/cases/" + caseId + "/analysis",
                Map.of("roles", List.of(Map.of("role", "team-leader", "contribution", "Ruimte maken in het rooster"))),
                caseId));
        read("GET /api/role-fans/{cohortId}", "/api/role-fans/" + cohortA, cohortA);
        write("PUT /api/role-fans/{cohortId}", (caller, allowed) -> call(caller, "/api/role-fans/" + cohortA,
                Map.of("roles", ROLES), cohortA));
        read("GET /api/interventions", "/api/interventions?cohortId=" + cohortA);
        write("POST /api/interventions", (caller, allowed) -> call(caller, "/api/interventions", Map.of(
                "cohortId", cohortA, "kind", "COMPACT", "title", "Gesprek met mijn leidinggevende",
                "goal", "Rolhelderheid", "visibility", "COHORT")));
        read("GET /api/interventions/{id}", "/api/interventions/" + intervention, intervention);
        write("PUT /api/interventions/{id}", (caller, allowed) -> call(caller, "/api/interventions/" + intervention,
                actionPlan(false), intervention));
        own("POST /api/interventions/{id}/start", (caller, allowed) -> {
            String id = once("intervention to start", () -> plannedIntervention(0));
            return call(caller, "/api/interventions/" + id + "/start", null, id);
        });
        own("POST /api/interventions/{id}/carry-out", (caller, allowed) -> {
            String id = once("intervention to carry out", () -> plannedIntervention(1));
            return call(caller, "/api/interventions/" + id + "/carry-out",
                    Map.of("experience", "Het team nam de kaartenset over"), id);
        });
        own("POST /api/interventions/{id}/reflect", (caller, allowed) -> {
            String id = once("intervention to reflect on", () -> plannedIntervention(3));
            return call(caller, "/api/interventions/" + id + "/reflect",
                    Map.of("nextSteps", "Op collegeniveau toetsen"), id);
        });
        read("GET /api/interventions/{id}/feedback", "/api/interventions/" + intervention + "/feedback", intervention);
        write("POST /api/interventions/{id}/feedback", (caller, allowed) -> call(caller,
                "/api/interventions/" + intervention + "/feedback", Map.of("text", "Betrek ook de studenten"),
                intervention));
        write("POST /api/evaluations", (caller, allowed) -> call(caller, "/api/evaluations", Map.of("cohortId", cohortA,
                "ratings", Map.of("relevance", 4, "overall", 5), "comment", "Waardevol om te sparren")));
        read("GET /api/evaluations/summary", "/api/evaluations/summary?cohortId=" + cohortA);
        read("GET /api/evaluations/items", "/api/evaluations/items?cohortId=" + cohortA);
        read("GET /api/evaluations/items/{trajectoryId}", "/api/evaluations/items/" + trajectory, trajectory);
        write("PUT /api/evaluations/items/{trajectoryId}", (caller, allowed) -> call(caller,
                "/api/evaluations/items/" + trajectory, Map.of("items", ITEMS), trajectory));
        read("GET /api/privacy/reflection/export", "/api/privacy/reflection/export");

        // notification-service
        read("GET /api/notifications/preferences", "/api/notifications/preferences");
        write("PUT /api/notifications/preferences", (caller, allowed) -> call(caller, "/api/notifications/preferences",
                Map.of("language", "nl", "topics", Map.of("SEAT", true, "SESSION_CHANGES", true, "SESSION_REMINDERS",
                        false, "FEEDBACK", true, "COHORT_COMPLETED", true))));
        write("PUT /api/notifications/address", (caller, allowed) -> call(caller, "/api/notifications/address", null));
        read("GET /api/notifications/mine", "/api/notifications/mine");
        read("GET /api/notifications/dead-letters", "/api/notifications/dead-letters");
        write("POST /api/notifications/dead-letters/{id}/resend", (caller, allowed) -> call(caller,
                "/api/notifications/dead-letters/" + mail + "/resend", null, mail));
        read("GET /api/privacy/notification/export", "/api/privacy/notification/export");
    }

    private void read(String operation, String path, String... recordIds) {
        specs.put(operation, new Spec(Phase.READ, (caller, allowed) -> call(caller, path, null, recordIds)));
    }

    private void write(String operation, Target target) {
        specs.put(operation, new Spec(Phase.WRITE, target));
    }

    private void own(String operation, Target target) {
        specs.put(operation, new Spec(Phase.OWN_RECORDS, target));
    }

    /** A cohort transition: each caller who may gets a cohort of their own in the status it starts from. */
    private void lifeCycle(String transition, boolean fromOpen) {
        own("POST /api/cohorts/{id}/" + transition, (caller, allowed) -> {
            Supplier<String> make = () -> fromOpen ? openCohortOf(trajectory) : planCohort(trajectory, "facilitator");
            String cohort = allowed ? make.get() : once(transition + " cohort", make);
            return call(caller, "/api/cohorts/" + cohort + "/" + transition, null, cohort);
        });
    }

    private static Call call(CallerKind caller, String path, Object body, String... recordIds) {
        return new Call(caller.user, path, body, Map.of(), List.of(recordIds));
    }

    // --- Records of their own, made when first asked for ----------------------------------------------------------

    private String openCohortOf(String inTrajectory) {
        String cohort = planCohort(inTrajectory, "facilitator");
        ok(api.post("/api/cohorts/" + cohort + "/open", token("organiser"), null), "opening " + cohort);
        return cohort;
    }

    private String enrolmentCohort() {
        return once("enrolment cohort", () -> {
            String cohort = openCohortOf(trajectory);
            koers.awaitOpenForEnrolment(UUID.fromString(cohort));
            return cohort;
        });
    }

    /** The owner's enrolment (denials, then the owner's own withdrawal) and two others' for the organiser and admin. */
    @SuppressWarnings("unchecked")
    private List<String> withdrawable() {
        return (List<String>) once("withdrawable enrolments", () -> {
            String cohort = openCohortOf(trajectory);
            koers.awaitOpenForEnrolment(UUID.fromString(cohort));
            List<String> ids = new ArrayList<>();
            for (String user : List.of(CallerKind.OWNER.user, ROSTER_ONLY.get(0), ROSTER_ONLY.get(1))) {
                ids.add(ok(koers.enrol(token(user), UUID.fromString(cohort)), "enrolment of " + user).text("id"));
            }
            return ids;
        });
    }

    private String blueprintCohort() {
        String withBlueprint = once("blueprint trajectory", () -> {
            Map<String, Object> body = new LinkedHashMap<>(trajectoryBody());
            body.put("title", "Traject met blauwdruk");
            body.put("sessionBlueprint", List.of(Map.of("title", "Startbijeenkomst", "theme", "Je ontwikkelvraag",
                    "agenda", List.of(Map.of("workForm", "INTERVIEW", "minutes", 45)))));
            return ok(api.post("/api/trajectories", token("organiser"), body), "blueprint trajectory").text("id");
        });
        return planCohort(withBlueprint, "facilitator");
    }

    private String cancellableSession() {
        String cohort = once("cohort with sessions to cancel", () -> planCohort(trajectory, "facilitator"));
        return ok(api.post("/api/cohorts/" + cohort + "/sessions", token("organiser"),
                sessionBody(Instant.now().plus(Duration.ofDays(50)).truncatedTo(ChronoUnit.HOURS))), "session").text("id");
    }

    /** An intervention of the owner in cohort A taken {@code steps} steps along: started, carried out, feedback. */
    private String plannedIntervention(int steps) {
        String owner = token(CallerKind.OWNER.user);
        String id = ok(api.post("/api/interventions", owner, Map.of("cohortId", cohortA, "kind", "COMPACT",
                "title", "Kort gesprek", "goal", "Samen benoemen wat goed gaat", "visibility", "COHORT")),
                "intervention").text("id");
        String path = "/api/interventions/" + id;
        if (steps >= 1) {
            ok(api.post(path + "/start", owner, null), "start");
        }
        if (steps >= 2) {
            ok(api.post(path + "/carry-out", owner, Map.of("experience", "Het ging goed")), "carry out");
        }
        if (steps >= 3) {
            ok(api.post(path + "/feedback", token("facilitator"), Map.of("text", "Knap gedaan")), "feedback");
        }
        return id;
    }

    private synchronized <T> T once(String what, Supplier<T> make) {
        @SuppressWarnings("unchecked")
        T made = (T) once.get(what);
        if (made == null) {
            made = make.get();
            once.put(what, made);
        }
        return made;
    }

    // --- Bodies ------------------------------------------------------------------------------------------------

    static Map<String, Object> profile(String user) {
        return Map.of("displayName", "Matrix " + user, "email", user + "@matrix-example.nl",
                "institution", "ROC Matrix", "sector", "MBO", "function", "teamleider");
    }

    private static Map<String, Object> trajectoryBody() {
        return Map.of("title", "Autorisatiematrix: kwaliteitsborging in het mbo",
                "description", "Het traject waarin de autorisatiematrix draait", "organiser", "NCP EQAVET",
                "coalitionIds", List.of(COALITION));
    }

    private static Map<String, Object> cohortBody(String facilitator) {
        return Map.of("name", "Matrixgroep " + UUID.randomUUID().toString().substring(0, 8), "capacity", 10,
                "startsOn", LocalDate.now().minusDays(10).toString(), "endsOn", LocalDate.now().plusDays(200).toString(),
                "enrolmentOpensAt", Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString(),
                "enrolmentClosesAt", Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS).toString(),
                "facilitatorIds", List.of(facilitator));
    }

    private static Map<String, Object> sessionBody(Instant startsAt) {
        return Map.of("title", "Bijeenkomst matrix", "startsAt", startsAt.toString(),
                "endsAt", startsAt.plus(Duration.ofHours(3)).toString(), "place", "Utrecht");
    }

    private static Map<String, Object> prompts() {
        return Map.of("prompts", List.of(Map.of("key", "rol", "question", "De rol die je krijgt en die je neemt")));
    }

    private static Map<String, Object> attendance() {
        return Map.of("marks", List.of(Map.of("participantId", CallerKind.OWNER.user, "status", "PRESENT"),
                Map.of("participantId", CallerKind.SAME_COHORT.user, "status", "ABSENT")));
    }

    private Map<String, Object> questionBody() {
        return Map.of("cohortId", cohortA, "text", "Hoe krijg ik mijn collega's mee in de kwaliteitscyclus?",
                "scope", "INDIVIDUAL", "visibility", "COHORT");
    }

    private static Map<String, Object> stakeholders() {
        return Map.of("stakeholders", List.of(Map.of("nameOrRole", "Opleidingsmanager", "level", "DEPARTMENT",
                "influence", 5, "interest", 2, "stance", "NEUTRAL", "toInvolve", true)));
    }

    private Map<String, Object> reflectionBody() {
        return Map.of("cohortId", cohortA, "sessionId", session, "text", "Wat ik meenam uit de bijeenkomst",
                "visibility", "COHORT");
    }

    private Map<String, Object> caseBody() {
        return Map.of("cohortId", cohortA, "title", "Uitval in leerjaar 1", "situation",
                "Teams zien de cijfers over uitval, maar niet de oorzaken", "visibility", "COHORT",
                "roles", List.of(Map.of("role", "team", "contribution", "Data samen duiden")));
    }

    /** The owner's action plan; a revision sends it without the cohort, which cannot change. */
    private Map<String, Object> actionPlan(boolean planned) {
        Map<String, Object> plan = new LinkedHashMap<>();
        if (planned) {
            plan.put("cohortId", cohortA);
        }
        plan.put("kind", "ACTION_PLAN");
        plan.put("title", "Uitval bespreekbaar maken");
        plan.put("goal", "Teams gebruiken data over uitval");
        plan.put("visibility", "COHORT");
        plan.put("steps", List.of(Map.of("description", "Dashboard tonen in teamoverleg", "who", "kwaliteitszorg")));
        if (caseId != null) {
            plan.put("caseId", caseId);
        }
        return plan;
    }

    private static Map<String, Object> instrumentBody() {
        return Map.of("kind", "CARD_SET", "title", "Kaartenset matrix",
                "cards", List.of(Map.of("question", "Wat werkt al in jouw team?")));
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    private String token(String user) {
        return koers.token(user);
    }

    private static Api.Response ok(Api.Response response, String what) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException("Could not make the " + what + " of the matrix's world: "
                    + response.status() + " " + response.raw());
        }
        return response;
    }

    /** For what needs an event to have reached another service first. */
    /** One person to invite to cohort A, as a browser posts the organiser's file. */
    private String invitationList() {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"cohortId\"\r\n\r\n" + cohortA + "\r\n--"
                + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"uitnodigen.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nnaam;e-mail;instelling;sector;functie\r\n"
                + "Iris Visser;iris.visser@roc-example.nl;ROC Midden;MBO;teamleider\r\n\r\n--" + BOUNDARY + "--\r\n";
    }

    private static Api.Response eventually(String what, Supplier<Api.Response> make) {
        AtomicReference<Api.Response> last = new AtomicReference<>();
        try {
            await().atMost(Koers.CONVERGENCE).pollInterval(Duration.ofMillis(300)).until(() -> {
                last.set(make.get());
                return last.get().status() / 100 == 2;
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("Could not make the " + what + " of the matrix's world within "
                    + Koers.CONVERGENCE.toSeconds() + " s: " + (last.get() == null ? "no answer"
                    : last.get().status() + " " + last.get().raw()), e);
        }
        return last.get();
    }
}
