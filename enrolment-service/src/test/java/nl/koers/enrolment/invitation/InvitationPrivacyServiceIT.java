package nl.koers.enrolment.invitation;

import static nl.koers.enrolment.invitation.InvitationSteps.list;
import static nl.koers.enrolment.invitation.InvitationSteps.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.enrolment.ServiceIT;
import nl.koers.events.CohortCompleted;
import nl.koers.events.CohortRetentionExpired;
import nl.koers.events.InvitationIssued;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** What the invitations hold about people, in a participant's export, after their erasure and after retention. */
class InvitationPrivacyServiceIT extends ServiceIT {

    @Autowired
    MongoTemplate mongo;

    private InvitationSteps steps() {
        return new InvitationSteps(api, kafka, organiser);
    }

    @Test
    void theAcceptedInvitationIsInTheExportAndAnErasureTakesNameAndAddressOffItAndItsLists() {
        UUID cohort = openCohort(3);
        String name = "Joris " + UUID.randomUUID();
        String address = unique("joris") + "@school.nl";
        String row = name + ";" + address + ";Het Baken " + UUID.randomUUID() + ";VO;decaan";
        InvitationIssued invitation = steps().invite(cohort, row).getFirst();
        // The same list again: its row is ALREADY_INVITED, and this upload holds the name and address too.
        assertThat(steps().upload(cohort, list(row)).json().get("rows").get(0).get("outcome").asString())
                .isEqualTo("ALREADY_INVITED");
        String id = unique("inv-erased");
        String participant = TestTokens.get().mint(id, "participant");
        assertThat(api.post("/api/invitations/acceptance", participant, Map.of("token", invitation.token())).status())
                .isEqualTo(201);

        JsonNode exported = api.get("/api/privacy/enrolment/export", participant).json().get("invitations");
        assertThat(exported).singleElement().satisfies(i -> {
            assertThat(i.get("id").asString()).isEqualTo(invitation.invitationId().toString());
            assertThat(i.get("name").asString()).isEqualTo(name);
            assertThat(i.get("email").asString()).isEqualTo(address);
            assertThat(i.get("sector").asString()).isEqualTo("VO");
            assertThat(i.get("acceptedAt").isNull()).isFalse();
        });
        List<String> markers = List.of(name, address);
        assertThat(scan(markers)).as("the markers are there before the erasure").isNotEmpty();

        String erasure = api.post("/api/privacy/erasures", participant, null).text("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/privacy/erasures/" + erasure, participant)
                .json().get("parts").get(0).get("status").asString().equals("ERASED"));

        assertThat(scan(markers)).isEmpty();
        JsonNode listed = api.get("/api/invitations?cohortId=" + cohort, organiser).json().get("items").get(0);
        assertThat(listed.get("name").isNull()).isTrue();
        assertThat(listed.get("email").isNull()).isTrue();
        assertThat(listed.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(api.get("/api/privacy/enrolment/export", participant).json().get("invitations")).isEmpty();
    }

    @Test
    void retentionDeletesTheCohortsListsAndInvitationsAndTombstonesEveryKey() {
        UUID cohort = openCohort(3);
        String marker = "Kim " + UUID.randomUUID();
        List<InvitationIssued> invited = steps().invite(cohort,
                marker + ";" + unique("kim") + "@school.nl;ROC Zuid;MBO;teamleider",
                "Lars " + marker + ";" + unique("lars") + "@school.nl;ROC Zuid;MBO;");
        String upload = steps().upload(cohort, list(marker + " later;" + unique("mo") + "@school.nl;ROC;MBO;"))
                .text("id");
        publish(new CohortCompleted(UUID.randomUUID(), Instant.now(), cohort, 3, facts("COMPLETED", 3)));

        publish(new CohortRetentionExpired(UUID.randomUUID(), Instant.now(), cohort, UUID.randomUUID(),
                LocalDate.now().minusMonths(25), 24));

        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(InvitationSteps.UPLOADS + "/" + upload, organiser)
                .status() == 404);
        Api.Response listed = api.get("/api/invitations?cohortId=" + cohort, organiser);
        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        assertThat(listed.json().get("totalItems").asInt()).isZero();
        for (InvitationIssued invitation : invited) {
            steps().awaitTombstone(invitation.invitationId());
        }
        assertThat(scan(List.of(marker))).isEmpty();
        assertProblem(steps().upload(cohort, list("Nina;nina@school.nl;ROC;MBO;")), 409);
    }

    /** Every document of every collection of this service's database that holds one of the markers. */
    private List<String> scan(List<String> markers) {
        List<String> found = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                String json = document.toJson();
                markers.stream().filter(json::contains)
                        .forEach(m -> found.add(collection + " " + document.get("_id") + " holds '" + m + "'"));
            }
        }
        return found;
    }
}
