package nl.koers.enrolment.invitation;

import static nl.koers.enrolment.invitation.InvitationSteps.list;
import static nl.koers.enrolment.invitation.InvitationSteps.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.koers.enrolment.ServiceIT;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortOpened;
import nl.koers.events.InvitationIssued;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.RawHttp;
import nl.koers.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Organisers' lists beyond the happy path: who is enrolled already, lists confirmed at once, refusals, the trail. */
class InvitationListServiceIT extends ServiceIT {

    @LocalServerPort
    int serverPort;

    private final String admin = TestTokens.get().mint("admin", "admin");

    private InvitationSteps steps() {
        return new InvitationSteps(api, kafka, organiser);
    }

    @Test
    void theAddressOfSomeoneHoldingAPlaceIsAlreadyEnrolledWhateverItsCase() {
        UUID cohort = openCohort(1);
        String seated = unique("inv-seated");
        String waiting = unique("inv-waiting");
        String withdrawn = unique("inv-withdrawn");
        enrol(token(seated), cohort);
        enrol(token(waiting), cohort);
        String withdrawnToken = token(withdrawn);
        api.post("/api/enrolments/" + enrol(withdrawnToken, cohort).text("id") + "/withdraw", withdrawnToken, null);

        Api.Response uploaded = steps().upload(cohort, list(
                "Zit al;" + seated.toUpperCase() + "@EXAMPLE.NL;ROC;MBO;",
                "Wacht al;" + waiting + "@example.nl;ROC;MBO;",
                "Trok zich terug;" + withdrawn + "@example.nl;ROC;MBO;"));

        assertThat(uploaded.json().get("rows").valueStream().map(r -> r.get("outcome").asString()).toList())
                .containsExactly("ALREADY_ENROLLED", "ALREADY_ENROLLED", "INVITE");
        assertThat(uploaded.json().get("counts").get("alreadyEnrolled").asInt()).isEqualTo(2);
        assertThat(steps().confirm(uploaded.text("id")).json().get("invited").asInt()).isEqualTo(1);
    }

    @Test
    void listsConfirmedAtTheSameMomentInviteEachAddressOnce() throws Exception {
        UUID cohort = openCohort(50);
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            shared.add("Gedeeld " + i + ";" + unique("shared" + i) + "@school.nl;ROC;MBO;");
        }
        List<String> uploads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<String> rows = new ArrayList<>(shared);
            rows.add("Eigen " + i + ";" + unique("own" + i) + "@school.nl;ROC;MBO;");
            uploads.add(steps().upload(cohort, list(rows.toArray(String[]::new))).text("id"));
        }
        List<Future<Api.Response>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(uploads.size())) {
            for (String upload : uploads) {
                answers.add(pool.submit(() -> steps().confirm(upload)));
            }
        }
        int invited = 0;
        for (Future<Api.Response> answer : answers) {
            assertThat(answer.get().status()).as(answer.get().raw()).isEqualTo(200);
            invited += answer.get().json().get("invited").asInt();
        }

        assertThat(invited).isEqualTo(5 + 4);
        List<InvitationIssued> issued = steps().issuedTo(cohort, 9);
        assertThat(issued).hasSize(9);
        assertThat(issued.stream().map(InvitationIssued::email).distinct()).hasSize(9);
        assertThat(api.get("/api/invitations?cohortId=" + cohort + "&size=100", organiser).json().get("totalItems")
                .asInt()).isEqualTo(9);
    }

    @Test
    void uploadsAndConfirmationsAreInTheAuditTrailWithoutNamesOrAddresses() {
        UUID cohort = openCohort(3);
        String address = unique("olga") + "@school.nl";
        Api.Response uploaded = steps().upload(cohort, list("Olga Peters;" + address + ";ROC;MBO;",
                "Zonder adres;;ROC;MBO;"));
        steps().confirm(uploaded.text("id"));

        JsonNode trail = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/audit?record="
                + uploaded.text("id"), admin).json(), page -> page.path("totalItems").asInt() == 2);

        List<JsonNode> entries = trail.get("items").valueStream().toList();
        assertThat(entries).extracting(e -> e.get("action").asString())
                .containsExactly("invitation-list.confirmed", "invitation-list.uploaded");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("actorId").asString()).isEqualTo("organiser");
            assertThat(e.get("actorRole").asString()).isEqualTo("organiser");
            assertThat(e.get("recordType").asString()).isEqualTo("invitation-upload");
            assertThat(e.get("cohortId").asString()).isEqualTo(cohort.toString());
            assertThat(e.toString()).doesNotContain(address, "Olga");
        });
        assertThat(entries.get(0).get("details").get("invited").asString()).isEqualTo("1");
        assertThat(entries.get(1).get("details").get("rejected").asString()).isEqualTo("1");
    }

    @Test
    void aListForACohortWhoseEnrolmentClosedIsCheckedButNotSent() {
        UUID cohort = openCohort(3);
        publish(new CohortOpened(UUID.randomUUID(), Instant.now(), cohort, 3, new CohortFacts(UUID.randomUUID(),
                "OPEN", 3, LocalDate.now(), LocalDate.now().plusMonths(3), Instant.now().minusSeconds(7200),
                Instant.now().minusSeconds(3600), List.of())));
        await().atMost(Duration.ofSeconds(20)).until(() -> !api.get("/api/enrolments/seats?cohortId=" + cohort,
                organiser).json().get("items").get(0).get("openForEnrolment").asBoolean());
        Api.Response uploaded = steps().upload(cohort, list("Piet;" + unique("piet") + "@school.nl;ROC;MBO;"));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);

        Api.Response confirmed = steps().confirm(uploaded.text("id"));

        assertProblem(confirmed, 409, "closed");
        assertThat(confirmed.text("type")).endsWith("enrolment-window-passed");
        assertThat(api.get(InvitationSteps.UPLOADS + "/" + uploaded.text("id"), organiser).text("status"))
                .isEqualTo("CHECKED");
        assertThat(api.get("/api/invitations?cohortId=" + cohort, organiser).json().get("totalItems").asInt())
                .isZero();
    }

    @Test
    void aBodyThatIsNoFormOrAFileOverOneMebibyteOrAHeaderAloneIsAProblemNeverA500() {
        UUID cohort = openCohort(3);
        RawHttp.Response broken = new RawHttp(serverPort).sendWithBody("POST " + InvitationSteps.UPLOADS
                        + "?cohortId=" + cohort + " HTTP/1.1",
                "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lijst.csv\"\r\n\r\nnaam;e-mail",
                "Authorization: Bearer " + organiser, "Content-Type: multipart/form-data; boundary=x");
        byte[] huge = new byte[1024 * 1024 + 10];
        Arrays.fill(huge, (byte) 'a');

        Api.Response tooLarge = steps().upload(cohort, huge);
        Api.Response headerAlone = steps().upload(cohort, list());

        assertThat(broken.status()).as(broken.body()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
        assertThat(broken.body()).contains("multipart/form-data");
        assertProblem(tooLarge, 413, "1 MB");
        assertThat(tooLarge.text("type")).endsWith("invitation-file-too-large");
        assertThat(tooLarge.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertProblem(headerAlone, 400, "no line with a person");
        assertThat(headerAlone.json().get("errors").get(0).get("message").asString()).contains("empty");
        assertProblem(api.upload(InvitationSteps.UPLOADS, organiser, Map.of("cohortId", cohort.toString()), "other",
                "lijst.csv", "text/csv", list("Anne;anne@school.nl;ROC;MBO;")), 400, "file");
        assertProblem(api.upload(InvitationSteps.UPLOADS, organiser, Map.of(), "file", "lijst.csv", "text/csv",
                list("Anne;anne@school.nl;ROC;MBO;")), 400, "cohortId");
        assertProblem(api.post(InvitationSteps.UPLOADS, organiser, Map.of("cohortId", cohort)), 415);
    }

    @Test
    void onlyOrganisersAndAdminsReadAndConfirmLists() {
        UUID cohort = openCohort(3);
        String upload = steps().upload(cohort, list("Quinten;" + unique("q") + "@school.nl;ROC;MBO;")).text("id");
        String participant = token(unique("inv-roles"));
        String facilitator = TestTokens.get().mint(unique("inv-fac"), "facilitator");

        for (String caller : List.of(participant, facilitator)) {
            assertProblem(api.get(InvitationSteps.UPLOADS + "/" + upload, caller), 403);
            assertProblem(api.post(InvitationSteps.UPLOADS + "/" + upload + "/confirmation", caller, null), 403);
            assertProblem(api.get("/api/invitations?cohortId=" + cohort, caller), 403);
        }
        assertProblem(api.upload(InvitationSteps.UPLOADS, facilitator, Map.of("cohortId", cohort.toString()), "file",
                "lijst.csv", "text/csv", list("Anne;anne@school.nl;ROC;MBO;")), 403);
        assertProblem(api.post("/api/invitations/lookup", organiser, Map.of("token", "x")), 403);
        assertProblem(api.post("/api/invitations/acceptance", organiser, Map.of("token", "x")), 403);
        assertProblem(api.get(InvitationSteps.UPLOADS + "/" + upload, null), 401);
        assertProblem(api.get(InvitationSteps.UPLOADS + "/" + UUID.randomUUID(), organiser), 404);
        assertProblem(api.post(InvitationSteps.UPLOADS + "/" + UUID.randomUUID() + "/confirmation", admin, null), 404);
        assertProblem(api.get("/api/invitations?cohortId=" + UUID.randomUUID(), organiser), 404);
        assertThat(api.get(InvitationSteps.UPLOADS + "/" + upload, admin).status()).isEqualTo(200);
    }
}
