package nl.koers.trajectory.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EnrolmentWaitlisted;
import nl.koers.events.EnrolmentWithdrawn;
import nl.koers.testsupport.Api;
import nl.koers.trajectory.ServiceIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A person's own cohorts ({@code GET /api/cohorts/mine}), with their roster places fed in as enrolment events. */
class MyCohortsServiceIT extends ServiceIT {

    @Test
    void listsTheCohortsOneFacilitatesOrIsOnTheRosterOfAndNoOneElses() {
        String trajectoryId = trajectory("Onderwijskundig leiderschap");
        plannedCohort(trajectoryId, "Begeleid", "2030-02-01", List.of("m-fac"));
        String confirmed = plannedCohort(trajectoryId, "Bevestigd", "2030-01-01", List.of());
        String waitlisted = plannedCohort(trajectoryId, "Wachtlijst", "2030-03-01", List.of());
        String withdrawn = plannedCohort(trajectoryId, "Teruggetrokken", "2030-04-01", List.of());
        String enrolledAgain = plannedCohort(trajectoryId, "Opnieuw", "2030-05-01", List.of());
        String someoneElses = plannedCohort(trajectoryId, "Van een ander", "2029-12-01", List.of("m-other"));
        UUID left = UUID.randomUUID();
        UUID leftFirst = UUID.randomUUID();

        publish(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), UUID.fromString(confirmed),
                "m-ann", 1));
        publish(new EnrolmentWaitlisted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                UUID.fromString(waitlisted), "m-ann", 1, 1));
        publish(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), left, UUID.fromString(withdrawn),
                "m-ann", 1));
        publish(new EnrolmentWithdrawn(UUID.randomUUID(), Instant.now(), left, UUID.fromString(withdrawn),
                "m-ann", 2));
        publish(new EnrolmentWithdrawn(UUID.randomUUID(), Instant.now(), leftFirst, UUID.fromString(enrolledAgain),
                "m-ann", 2));
        publish(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                UUID.fromString(enrolledAgain), "m-ann", 3));
        publish(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                UUID.fromString(someoneElses), "m-bob", 1));
        String ann = token("m-ann", "participant");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(memberships(api.get("/api/cohorts/mine", ann))).containsExactly(
                        "Bevestigd:PARTICIPANT:CONFIRMED", "Wachtlijst:PARTICIPANT:WAITLISTED",
                        "Teruggetrokken:PARTICIPANT:WITHDRAWN", "Opnieuw:PARTICIPANT:CONFIRMED"));
        JsonNode first = api.get("/api/cohorts/mine", ann).json().get("items").get(0);
        assertThat(first.get("id").asString()).isEqualTo(confirmed);
        assertThat(first.get("trajectoryId").asString()).isEqualTo(trajectoryId);
        assertThat(first.get("trajectoryTitle").asString()).isEqualTo("Onderwijskundig leiderschap");
        assertThat(first.get("organiser").asString()).isEqualTo("NCP EQAVET");
        assertThat(first.get("status").asString()).isEqualTo("PLANNED");
        assertThat(first.get("startsOn").asString()).isEqualTo("2030-01-01");
        assertThat(first.get("capacity").asInt()).isEqualTo(20);
        assertThat(first.get("version").asLong()).isEqualTo(1);
        assertThat(memberships(api.get("/api/cohorts/mine", token("m-fac", "facilitator"))))
                .containsExactly("Begeleid:FACILITATOR:null");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(memberships(api.get("/api/cohorts/mine", token("m-bob", "participant"))))
                        .containsExactly("Van een ander:PARTICIPANT:CONFIRMED"));
        assertThat(api.get("/api/cohorts/mine", token("m-nobody", "participant")).json().get("totalItems").asInt())
                .isZero();
    }

    @Test
    void pagesOnesCohortsAndAnswersBadPagesWithAProblem() {
        String trajectoryId = trajectory("LOCK");
        plannedCohort(trajectoryId, "Eerste", "2030-01-01", List.of("m-pager"));
        plannedCohort(trajectoryId, "Tweede", "2030-02-01", List.of("m-pager"));
        plannedCohort(trajectoryId, "Derde", "2030-03-01", List.of("m-pager"));
        String facilitator = token("m-pager", "facilitator");

        Api.Response second = api.get("/api/cohorts/mine?page=1&size=2", facilitator);

        assertThat(memberships(second)).containsExactly("Derde:FACILITATOR:null");
        assertThat(second.json().get("totalItems").asInt()).isEqualTo(3);
        assertThat(second.json().get("totalPages").asInt()).isEqualTo(2);
        assertThat(api.get("/api/cohorts/mine?page=2&size=2", facilitator).json().get("items")).isEmpty();
        assertProblem(api.get("/api/cohorts/mine?size=0", facilitator), 400, "size");
        assertProblem(api.get("/api/cohorts/mine?size=101", facilitator), 400, "size");
        assertProblem(api.get("/api/cohorts/mine?page=-1", facilitator), 400, "page");
        assertProblem(api.get("/api/cohorts/mine", null), 401, null);
    }

    private static List<String> memberships(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.json().get("items").valueStream()
                .map(m -> m.get("name").asString() + ":" + m.get("myRole").asString() + ":"
                        + (m.get("rosterStatus").isNull() ? "null" : m.get("rosterStatus").asString()))
                .toList();
    }
}
