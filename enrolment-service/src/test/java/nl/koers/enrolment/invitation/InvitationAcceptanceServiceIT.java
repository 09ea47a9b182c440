package nl.koers.enrolment.invitation;

import static nl.koers.enrolment.invitation.InvitationSteps.list;
import static nl.koers.enrolment.invitation.InvitationSteps.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.koers.enrolment.ServiceIT;
import nl.koers.events.CohortClosed;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.CohortPlanned;
import nl.koers.events.InvitationIssued;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Following an invitation link: the usual enrolment rules, a link that expired, a link two people hold. */
class InvitationAcceptanceServiceIT extends ServiceIT {

    private static final String ACCEPTANCE = "/api/invitations/acceptance";
    private static final String LOOKUP = "/api/invitations/lookup";

    private InvitationSteps steps() {
        return new InvitationSteps(api, kafka, organiser);
    }

    @Test
    void withSeatsLeftTheInviteeIsConfirmedAndAProfileTheyHaveIsKept() {
        UUID cohort = openCohort(3);
        InvitationIssued invitation = steps().invite(cohort,
                "Fleur Jansen;" + unique("fleur") + "@school.nl;Lyceum Oost;VO;mentor").getFirst();
        String id = unique("inv-own-profile");
        String participant = token(id);

        Api.Response accepted = api.post(ACCEPTANCE, participant, Map.of("token", invitation.token()));

        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(201);
        assertThat(accepted.header("Location")).isEqualTo("/api/enrolments/" + accepted.json().get("enrolment")
                .get("id").asString());
        JsonNode enrolment = accepted.json().get("enrolment");
        assertThat(enrolment.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(enrolment.get("cohortId").asString()).isEqualTo(cohort.toString());
        assertThat(enrolment.get("displayName").asString()).as("the name of their own profile").isEqualTo("Naam " + id);
        Api.Response profile = api.get("/api/participants/me", participant);
        assertThat(profile.text("email")).isEqualTo(id + "@example.nl");
        assertThat(profile.json().get("version").asInt()).isEqualTo(1);
        assertThat(api.get("/api/enrolments/mine", participant).json().get("items").get(0).get("id"))
                .isEqualTo(enrolment.get("id"));
    }

    @Test
    void aClosedEnrolmentRefusesAsTheEnrolEndpointDoesAndTheLinkStaysUsable() {
        UUID cohort = openCohort(3);
        InvitationIssued invitation = steps().invite(cohort,
                "Gijs de Boer;" + unique("gijs") + "@school.nl;ROC Noord;MBO;docent").getFirst();
        publish(new CohortClosed(UUID.randomUUID(), Instant.now(), cohort, 3, facts("CLOSED", 3)));
        // Without a profile the probe is refused either way, and enrols nobody: for the profile while the cohort is
        // open, for the cohort once it is closed.
        String probe = TestTokens.get().mint(unique("inv-closed-probe"), "participant");
        await().atMost(Duration.ofSeconds(20)).until(() -> "urn:koers:problem:cohort-not-open"
                .equals(enrol(probe, cohort).text("type")));
        String participant = token(unique("inv-closed"));
        Map<String, String> body = Map.of("token", invitation.token());

        Api.Response refused = api.post(ACCEPTANCE, participant, body);

        Api.Response asTheEnrolEndpoint = enrol(participant, cohort);
        assertProblem(refused, 409);
        assertThat(refused.text("type")).isEqualTo(asTheEnrolEndpoint.text("type")).endsWith("cohort-not-open");
        assertThat(refused.text("detail")).isEqualTo(asTheEnrolEndpoint.text("detail"));
        assertThat(api.post(LOOKUP, participant, body).text("status")).isEqualTo("INVITED");

        publish(new CohortOpened(UUID.randomUUID(), Instant.now(), cohort, 4, facts("OPEN", 3)));
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/enrolments/seats?cohortId=" + cohort,
                participant).json().get("items").get(0).get("openForEnrolment").asBoolean());
        Api.Response accepted = api.post(ACCEPTANCE, participant, body);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(201);
        assertThat(accepted.json().get("enrolment").get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void aLinkPastItsExpiryIsGoneAndTheOrganiserCanInviteTheAddressAgain() {
        UUID cohort = UUID.randomUUID();
        // Enrolment closes in a few seconds, so the invitation expires then: its link works until the close.
        CohortFacts closingSoon = new CohortFacts(UUID.randomUUID(), "OPEN", 3, LocalDate.now(),
                LocalDate.now().plusMonths(3), Instant.now().minusSeconds(3600), Instant.now().plusSeconds(8),
                List.of());
        publish(new CohortPlanned(UUID.randomUUID(), Instant.now(), cohort, 1, closingSoon));
        publish(new CohortOpened(UUID.randomUUID(), Instant.now(), cohort, 2, closingSoon));
        String participant = TestTokens.get().mint(unique("inv-late"), "participant");
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/enrolments/seats?cohortId=" + cohort,
                participant).json().get("items").size() == 1);
        String address = unique("hanna") + "@school.nl";
        byte[] file = list("Hanna Visser;" + address + ";Basisschool De Linde;PO;intern begeleider");
        InvitationIssued first = steps().invite(cohort, "Hanna Visser;" + address
                + ";Basisschool De Linde;PO;intern begeleider").getFirst();
        assertThat(first.expiresAt()).isEqualTo(closingSoon.enrolmentClosesAt().truncatedTo(ChronoUnit.MILLIS));
        Map<String, String> body = Map.of("token", first.token());
        await().atMost(Duration.ofSeconds(30)).until(() -> "EXPIRED".equals(api.post(LOOKUP, participant, body)
                .text("status")));

        Api.Response gone = api.post(ACCEPTANCE, participant, body);

        assertProblem(gone, 410, "organiser");
        assertThat(gone.text("type")).endsWith("invitation-expired");
        assertProblem(api.post(InvitationSteps.UPLOADS + "/" + steps().upload(cohort, file).text("id")
                + "/confirmation", organiser, null), 409, "closed");
        publish(new CohortOpened(UUID.randomUUID(), Instant.now(), cohort, 3, facts("OPEN", 3)));
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/enrolments/seats?cohortId=" + cohort,
                participant).json().get("items").get(0).get("openForEnrolment").asBoolean());
        Api.Response again = steps().upload(cohort, file);
        assertThat(again.json().get("rows").get(0).get("outcome").asString())
                .as("an invitation that expired unused holds no address").isEqualTo("INVITE");
        assertThat(steps().confirm(again.text("id")).json().get("invited").asInt()).isEqualTo(1);
        InvitationIssued renewed = steps().issuedTo(cohort, 2).stream()
                .filter(e -> !e.invitationId().equals(first.invitationId())).findFirst().orElseThrow();
        assertThat(renewed.email()).isEqualTo(address);
        steps().awaitTombstone(first.invitationId());
        List<JsonNode> listed = api.get("/api/invitations?cohortId=" + cohort, organiser).json().get("items")
                .valueStream().toList();
        assertThat(listed).singleElement().satisfies(i -> {
            assertThat(i.get("id").asString()).isEqualTo(renewed.invitationId().toString());
            assertThat(i.get("status").asString()).isEqualTo("INVITED");
        });
        assertThat(api.post(ACCEPTANCE, participant, Map.of("token", renewed.token())).status()).isEqualTo(201);
    }

    @Test
    void ofManyHoldingTheSameLinkAtTheSameMomentOneEnrols() throws Exception {
        UUID cohort = openCohort(10);
        InvitationIssued invitation = steps().invite(cohort,
                "Iris Mulder;" + unique("iris") + "@school.nl;Hogeschool West;HBO;opleider").getFirst();
        List<String> participants = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            participants.add(token(unique("inv-race-" + i)));
        }
        List<Future<Api.Response>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(participants.size())) {
            for (String participant : participants) {
                answers.add(pool.submit(() -> api.post(ACCEPTANCE, participant, Map.of("token", invitation.token()))));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Response> answer : answers) {
            statuses.add(answer.get().status());
            if (answer.get().status() == 409) {
                assertThat(answer.get().text("type")).endsWith("invitation-used");
            }
        }

        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        assertThat(api.get("/api/enrolments?cohortId=" + cohort, organiser).json().get("totalItems").asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/invitations?cohortId=" + cohort, organiser).json().get("items").get(0)
                .get("status").asString()).isEqualTo("ACCEPTED");
    }
}
