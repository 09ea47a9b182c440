package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.testsupport.Api;
import tools.jackson.databind.JsonNode;

/**
 * What the system tests do as the system's users, all through the gateway with tokens from the identity
 * provider: organisers set up cohorts, participants fill in profiles and enrol, everyone reads. Public for the
 * browser tests, which arrange what a page shows through the same API.
 */
public final class Koers {

    public static final Duration CONVERGENCE = Duration.ofSeconds(60);
    /** A participant who never fills in a profile, so that probing a cohort never changes its roster. */
    static final String PROBE = "participant41";

    public final LocalStack stack = LocalStack.get();
    public final Api api = new Api(stack.gatewayUrl());

    public String token(String user) {
        return stack.token(user);
    }

    /** Creates a trajectory and an open cohort with the demo facilitator, ready for enrolment everywhere. */
    public UUID openCohort(int capacity) {
        String organiser = token("organiser");
        Api.Response trajectory = api.post("/api/trajectories", organiser, Map.of(
                "title", "Betere kwaliteitsborging door sterker onderwijskundig leiderschap",
                "description", "Ontwikkeltraject NCP EQAVET met de coalitie Teams aan zet",
                "organiser", "NCP EQAVET", "coalitionIds", List.of("teams-aan-zet")));
        assertThat(trajectory.status()).as(trajectory.raw()).isEqualTo(201);
        Api.Response cohort = api.post("/api/trajectories/" + trajectory.text("id") + "/cohorts", organiser, Map.of(
                "name", "Groep " + UUID.randomUUID().toString().substring(0, 8), "capacity", capacity,
                "startsOn", LocalDate.now().plusDays(30).toString(), "endsOn", LocalDate.now().plusDays(200).toString(),
                "enrolmentOpensAt", Instant.now().minusSeconds(60).toString(),
                "enrolmentClosesAt", Instant.now().plus(Duration.ofDays(20)).toString(),
                "facilitatorIds", List.of("facilitator")));
        assertThat(cohort.status()).as(cohort.raw()).isEqualTo(201);
        assertThat(cohort.text("status")).isEqualTo("PLANNED");
        UUID cohortId = UUID.fromString(cohort.text("id"));
        Api.Response opened = api.post("/api/cohorts/" + cohortId + "/open", organiser, null);
        assertThat(opened.text("status")).as(opened.raw()).isEqualTo("OPEN");
        awaitOpenForEnrolment(cohortId);
        return cohortId;
    }

    /**
     * Waits until enrolment-service takes enrolments for an opened cohort (by this client or in the web app): it
     * learns of the opening from an event a moment later. A participant without a
     * profile is refused for the profile only once the cohort is open there, so this probe changes nothing.
     */
    public void awaitOpenForEnrolment(UUID cohortId) {
        String probe = token(PROBE);
        await().atMost(CONVERGENCE).until(() -> {
            Api.Response response = enrol(probe, cohortId);
            return response.status() == 409 && response.text("detail").contains("profile");
        });
    }

    public void fillInProfile(String user) {
        Api.Response profile = api.put("/api/participants/me", token(user), Map.of(
                "displayName", "Deelnemer " + user, "email", user + "@roc-example.nl",
                "institution", "ROC " + user.replaceAll("\\D", ""), "sector", "MBO", "function", "teamleider"));
        assertThat(profile.status()).as(profile.raw()).isEqualTo(200);
    }

    public Api.Response enrol(String token, UUID cohortId) {
        return api.post("/api/enrolments", token, Map.of("cohortId", cohortId, "motivation", "Samen leren"));
    }

    /** The cohort's roster as trajectory-service shows it to {@code viewer}. */
    public JsonNode roster(UUID cohortId, String viewer, String query) {
        Api.Response response = api.get("/api/cohorts/" + cohortId + "/participants?size=100" + query, token(viewer));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.json();
    }

    /** Waits until trajectory-service's roster shows exactly these participants with these statuses. */
    public void awaitRoster(UUID cohortId, Map<String, String> expectedStatuses) {
        await().atMost(CONVERGENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Map<String, String> statuses = new java.util.HashMap<>();
            roster(cohortId, "organiser", "").get("items")
                    .forEach(item -> statuses.put(item.get("participantId").asString(), item.get("status").asString()));
            assertThat(statuses).isEqualTo(expectedStatuses);
        });
    }
}
