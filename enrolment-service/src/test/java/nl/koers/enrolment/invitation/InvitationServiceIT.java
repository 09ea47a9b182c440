package nl.koers.enrolment.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.enrolment.ServiceIT;
import nl.koers.events.InvitationIssued;
import nl.koers.events.Topics;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** Inviting a cohort from a list through HTTP, on real Kafka and MongoDB: report, confirmation, acceptance. */
class InvitationServiceIT extends ServiceIT {

    private static final String UPLOADS = "/api/invitations/uploads";

    @Autowired
    MongoTemplate mongo;

    private Api.Response upload(UUID cohort, byte[] file) {
        return api.upload(UPLOADS, organiser, Map.of("cohortId", cohort.toString()), "file", "deelnemers.csv",
                "text/csv", file);
    }

    private static byte[] list(String... rows) {
        return ("\uFEFFnaam;e-mail;instelling;sector;functie\r\n" + String.join("\r\n", rows) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aListWithGoodAndBadRowsIsReportedConfirmedOnceAndNobodyIsInvitedTwice() {
        UUID cohort = openCohort(5);
        String anne = unique("anne") + "@school.nl";
        String bram = unique("bram") + "@school.nl";
        byte[] file = list("Anne de Vries;" + anne + ";ROC Zuidrand;mbo;teamleider",
                "Bram Bakker;" + bram + ";Het Lyceum;VO;",
                "Carla;carla-at-school;ROC;MBO;docent",
                "Dirk;dirk@school.nl;ROC;WO;docent",
                "Anne nog eens;" + anne.toUpperCase() + ";ROC;MBO;docent");

        Api.Response uploaded = upload(cohort, file);

        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        assertThat(uploaded.header("Location")).isEqualTo(UPLOADS + "/" + uploaded.text("id"));
        assertThat(uploaded.text("status")).isEqualTo("CHECKED");
        JsonNode counts = uploaded.json().get("counts");
        assertThat(List.of(counts.get("rows").asInt(), counts.get("invite").asInt(), counts.get("rejected").asInt()))
                .containsExactly(5, 2, 3);
        List<JsonNode> rows = uploaded.json().get("rows").valueStream().toList();
        assertThat(rows).extracting(r -> r.get("line").asInt() + ":" + r.get("outcome").asString())
                .containsExactly("2:INVITE", "3:INVITE", "4:REJECTED", "5:REJECTED", "6:REJECTED");
        assertThat(rows.get(2).get("problems").get(0).get("code").asString()).isEqualTo("email-invalid");
        assertThat(rows.get(3).get("problems").get(0).get("code").asString()).isEqualTo("sector-unknown");
        assertThat(rows.get(4).get("problems").get(0).get("code").asString()).isEqualTo("duplicate");
        assertThat(api.get(UPLOADS + "/" + uploaded.text("id"), organiser).json().get("rows"))
                .isEqualTo(uploaded.json().get("rows"));

        Api.Response confirmed = api.post(UPLOADS + "/" + uploaded.text("id") + "/confirmation", organiser, null);
        Api.Response confirmedAgain = api.post(UPLOADS + "/" + uploaded.text("id") + "/confirmation", organiser, null);

        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);
        assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().get("invited").asInt()).isEqualTo(2);
        assertThat(confirmedAgain.status()).isEqualTo(200);
        assertThat(confirmedAgain.json().get("invited").asInt()).isZero();
        List<InvitationIssued> issued = issuedTo(cohort, 2);
        assertThat(issued).extracting(InvitationIssued::email).containsExactlyInAnyOrder(anne, bram);
        Document stored = mongo.getCollection("cohort_invitations").find(new Document("_id", cohort.toString()))
                .first();
        for (InvitationIssued invitation : issued) {
            assertThat(stored.toJson()).doesNotContain(invitation.token())
                    .contains(InvitationToken.hash(invitation.token()));
        }

        Api.Response again = upload(cohort, file);
        assertThat(again.json().get("rows").valueStream().map(r -> r.get("outcome").asString()).toList())
                .containsExactly("ALREADY_INVITED", "ALREADY_INVITED", "REJECTED", "REJECTED", "REJECTED");
        Api.Response confirmedSecondList = api.post(UPLOADS + "/" + again.text("id") + "/confirmation", organiser,
                null);
        assertThat(confirmedSecondList.json().get("invited").asInt()).isZero();
        Api.Response listed = api.get("/api/invitations?cohortId=" + cohort, organiser);
        assertThat(listed.json().get("totalItems").asInt()).isEqualTo(2);
        assertThat(listed.json().get("items").valueStream().map(i -> i.get("status").asString()).distinct())
                .containsExactly("INVITED");
        assertThat(issuedTo(cohort, 2)).hasSize(2);
    }

    @Test
    void acceptingEnrolsFillsInTheProfileAndTombstonesTheInvitation() {
        UUID cohort = openCohort(1);
        String seated = token(unique("inv-seated"));
        assertThat(enrol(seated, cohort).text("status")).isEqualTo("CONFIRMED");
        String email = unique("eva") + "@school.nl";
        String upload = upload(cohort, list("Eva Smit;" + email + ";Hogeschool Noord;hbo;")).text("id");
        api.post(UPLOADS + "/" + upload + "/confirmation", organiser, null);
        InvitationIssued invitation = issuedTo(cohort, 1).getFirst();
        String eva = TestTokens.get().mint(unique("inv-eva"), "participant");
        Map<String, String> body = Map.of("token", invitation.token());

        Api.Response lookedUp = api.post("/api/invitations/lookup", eva, body);
        Api.Response accepted = api.post("/api/invitations/acceptance", eva, body);
        Api.Response acceptedAgain = api.post("/api/invitations/acceptance", eva, body);
        Api.Response someoneElse = api.post("/api/invitations/acceptance", token(unique("inv-other")), body);

        assertThat(lookedUp.status()).as(lookedUp.raw()).isEqualTo(200);
        assertThat(lookedUp.text("name")).isEqualTo("Eva Smit");
        assertThat(lookedUp.text("status")).isEqualTo("INVITED");
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(201);
        assertThat(accepted.text("invitationId")).isEqualTo(invitation.invitationId().toString());
        JsonNode enrolment = accepted.json().get("enrolment");
        assertThat(enrolment.get("status").asString()).as("the only seat is taken").isEqualTo("WAITLISTED");
        assertThat(enrolment.get("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(enrolment.get("displayName").asString()).isEqualTo("Eva Smit");
        assertThat(acceptedAgain.status()).as(acceptedAgain.raw()).isEqualTo(200);
        assertThat(acceptedAgain.json().get("enrolment").get("id")).isEqualTo(enrolment.get("id"));
        assertProblem(someoneElse, 409);
        assertThat(someoneElse.text("type")).endsWith("invitation-used");
        Api.Response profile = api.get("/api/participants/me", eva);
        assertThat(profile.text("email")).isEqualTo(email);
        assertThat(profile.text("institution")).isEqualTo("Hogeschool Noord");
        assertThat(profile.text("sector")).isEqualTo("HBO");
        assertThat(api.get("/api/invitations?cohortId=" + cohort, organiser).json().get("items").get(0)
                .get("status").asString()).isEqualTo("ACCEPTED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                kafka.readAll(Topics.ENROLMENT_INVITATIONS, Duration.ofSeconds(2)).stream()
                        .filter(r -> r.key().equals(invitation.invitationId().toString()))
                        .map(ConsumerRecord::value).toList()).last().isNull());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                kafka.readAll(Topics.ENROLMENT_PARTICIPANTS, Duration.ofSeconds(2)).stream()
                        .map(r -> new String(Objects.requireNonNullElse(r.value(), new byte[0]),
                                StandardCharsets.UTF_8)).filter(v -> v.contains(email)).toList()).isNotEmpty());
    }

    @Test
    void anInvitationWithAnUnknownTokenIsNotFound() {
        String participant = TestTokens.get().mint(unique("inv-nobody"), "participant");

        assertProblem(api.post("/api/invitations/lookup", participant, Map.of("token", "unknown")), 404);
        assertProblem(api.post("/api/invitations/acceptance", participant, Map.of("token", "unknown")), 404);
    }

    @Test
    void staffOperationsAreForOrganisersAndAdminsOnly() {
        UUID cohort = openCohort(3);
        String participant = token(unique("inv-staff"));

        Api.Response upload = api.upload(UPLOADS, participant, Map.of("cohortId", cohort.toString()), "file",
                "lijst.csv", "text/csv", list("Anne;anne@school.nl;ROC;MBO;"));

        assertProblem(upload, 403);
        assertProblem(api.get("/api/invitations?cohortId=" + cohort, participant), 403);
        assertProblem(api.post(UPLOADS + "/" + UUID.randomUUID() + "/confirmation", participant, null), 403);
        String admin = TestTokens.get().mint("admin", "admin");
        assertThat(api.upload(UPLOADS, admin, Map.of("cohortId", cohort.toString()), "file", "lijst.csv",
                "text/csv", list("Anne;anne@school.nl;ROC;MBO;")).status()).isEqualTo(201);
    }

    @Test
    void aWholeFileThatCannotBeUsedIsAProblemNeverA500() {
        UUID cohort = openCohort(3);

        Api.Response missingColumn = upload(cohort, "naam;e-mail\nAnne;anne@school.nl\n".getBytes(StandardCharsets.UTF_8));
        Api.Response notUtf8 = upload(cohort, "naam;e-mail;instelling;sector\nJosé;j@school.nl;ROC;MBO\n"
                .getBytes(Charset.forName("windows-1252")));
        Api.Response empty = upload(cohort, new byte[0]);
        StringBuilder longList = new StringBuilder("naam;e-mail;instelling;sector\n");
        for (int i = 0; i <= 500; i++) {
            longList.append("P").append(i).append(";p").append(i).append("@school.nl;ROC;MBO\n");
        }
        Api.Response tooLong = upload(cohort, longList.toString().getBytes(StandardCharsets.UTF_8));
        byte[] huge = new byte[1024 * 1024 + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        Api.Response tooLarge = upload(cohort, huge);
        Api.Response unknownCohort = upload(UUID.randomUUID(), list("Anne;anne@school.nl;ROC;MBO;"));

        assertProblem(missingColumn, 400, "instelling/institution");
        assertThat(missingColumn.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertProblem(notUtf8, 400, "UTF-8");
        assertProblem(empty, 400, "empty");
        assertProblem(tooLong, 413, "500");
        assertProblem(tooLarge, 413);
        assertProblem(unknownCohort, 404);
    }

    private List<InvitationIssued> issuedTo(UUID cohort, int expected) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> kafka.readAll(Topics.ENROLMENT_INVITATIONS,
                        Duration.ofSeconds(2)).stream().filter(r -> r.value() != null)
                .map(r -> EventJson.read(r.value(), InvitationIssued.class))
                .filter(e -> e.cohortId().equals(cohort)).toList(), list -> list.size() >= expected);
    }
}
