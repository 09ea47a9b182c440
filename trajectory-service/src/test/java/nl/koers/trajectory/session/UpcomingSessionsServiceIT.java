package nl.koers.trajectory.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.events.EnrolmentWaitlisted;
import nl.koers.testsupport.Api;
import nl.koers.trajectory.ServiceIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One's next sessions ({@code GET /api/sessions/upcoming}) over HTTP, beside the paths it shares a prefix with. */
class UpcomingSessionsServiceIT extends ServiceIT {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    @Test
    void listsTheNextScheduledSessionsOfOnesOwnCohortsEarliestFirst() {
        String trajectoryId = trajectory("Betere kwaliteitsborging in het mbo");
        String utrecht = plannedCohort(trajectoryId, "Groep Utrecht", "2030-01-01", List.of("u-fac"));
        String zwolle = plannedCohort(trajectoryId, "Groep Zwolle", "2030-01-01", List.of());
        String waitlist = plannedCohort(trajectoryId, "Groep Wachtlijst", "2030-01-01", List.of());
        String calledOff = plannedCohort(trajectoryId, "Groep Afgelast", "2030-01-01", List.of());
        String elsewhere = plannedCohort(trajectoryId, "Groep Elders", "2030-01-01", List.of());
        schedule(utrecht, "Terugblik", now.minus(Duration.ofDays(2)));
        String start = schedule(utrecht, "Startbijeenkomst", now.plus(Duration.ofDays(1)));
        String cancelled = schedule(utrecht, "Vervallen", now.plus(Duration.ofDays(2)));
        schedule(utrecht, "Casussen", now.plus(Duration.ofDays(3)));
        schedule(zwolle, "Kennismaking", now.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)));
        schedule(waitlist, "Nog geen plek", now.plus(Duration.ofHours(1)));
        schedule(calledOff, "Gaat niet door", now.plus(Duration.ofHours(1)));
        schedule(elsewhere, "Van een ander", now.plus(Duration.ofHours(1)));
        assertThat(api.post("/api/sessions/" + cancelled + "/cancel", organiser, null).status()).isEqualTo(200);
        confirm(utrecht, "u-ann");
        confirm(zwolle, "u-ann");
        confirm(calledOff, "u-ann");
        confirm(elsewhere, "u-bob");
        assertThat(api.post("/api/cohorts/" + calledOff + "/cancel", organiser, null).status()).isEqualTo(200);
        publish(new EnrolmentWaitlisted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), UUID.fromString(waitlist),
                "u-ann", 1, 1));
        String roster = "/api/cohorts/" + waitlist + "/participants";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get(roster, organiser).json().get("totalItems").asInt()).isOne());
        String ann = token("u-ann", "participant");

        Api.Response upcoming = api.get("/api/sessions/upcoming", ann);

        assertThat(titles(upcoming)).containsExactly("Startbijeenkomst@Groep Utrecht", "Kennismaking@Groep Zwolle",
                "Casussen@Groep Utrecht");
        JsonNode first = upcoming.json().get("items").get(0);
        assertThat(first.get("id").asString()).isEqualTo(start);
        assertThat(first.get("cohortId").asString()).isEqualTo(utrecht);
        assertThat(first.get("trajectoryId").asString()).isEqualTo(trajectoryId);
        assertThat(first.get("trajectoryTitle").asString()).isEqualTo("Betere kwaliteitsborging in het mbo");
        assertThat(first.get("startsAt").asString()).isEqualTo(now.plus(Duration.ofDays(1)).toString());
        assertThat(first.get("place").asString()).isEqualTo("ROC Midden Nederland, Utrecht");
        assertThat(first.get("sequence").asInt()).isEqualTo(2);
        assertThat(first.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(first.get("version").asLong()).isEqualTo(1);
        assertThat(titles(api.get("/api/sessions/upcoming?limit=2", ann)))
                .containsExactly("Startbijeenkomst@Groep Utrecht", "Kennismaking@Groep Zwolle");
        assertThat(titles(api.get("/api/sessions/upcoming", token("u-fac", "facilitator"))))
                .containsExactly("Startbijeenkomst@Groep Utrecht", "Casussen@Groep Utrecht");
        assertThat(titles(api.get("/api/sessions/upcoming", token("u-nobody", "participant")))).isEmpty();
    }

    @Test
    void boundsTheLimitAndLeavesTheSessionPathsAsTheyWere() {
        String participant = token("u-cas", "participant");

        assertThat(api.get("/api/sessions/upcoming?limit=50", participant).status()).isEqualTo(200);
        assertProblem(api.get("/api/sessions/upcoming?limit=0", participant), 400, "limit");
        assertProblem(api.get("/api/sessions/upcoming?limit=51", participant), 400, "limit");
        assertProblem(api.get("/api/sessions/upcoming", null), 401, null);
        assertProblem(api.get("/api/sessions/not-a-uuid", participant), 400, null);
        assertProblem(api.get("/api/sessions/" + UUID.randomUUID(), participant), 404, "session");
    }

    private String schedule(String cohortId, String title, Instant startsAt) {
        Api.Response session = api.post("/api/cohorts/" + cohortId + "/sessions", organiser, Map.of("title", title,
                "startsAt", startsAt.toString(), "endsAt", startsAt.plus(Duration.ofHours(3)).toString(),
                "place", "ROC Midden Nederland, Utrecht"));
        assertThat(session.status()).as(session.raw()).isEqualTo(201);
        return session.text("id");
    }

    private static List<String> titles(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.json().get("items").valueStream()
                .map(s -> s.get("title").asString() + "@" + s.get("cohortName").asString()).toList();
    }
}
