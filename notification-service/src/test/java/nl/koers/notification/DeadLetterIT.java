package nl.koers.notification;

import static nl.koers.testsupport.MailMessages.ofKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;
import nl.koers.defaults.web.Paging;
import nl.koers.events.NotificationActionAudited;
import nl.koers.events.Topics;
import nl.koers.notification.mail.Mail;
import nl.koers.notification.mail.MailKind;
import nl.koers.notification.mail.MailStatus;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A mail that cannot be delivered gives up after its last attempt, is listed for the admin (and only the admin), and
 * is sent once the admin sends it again, with an audit entry.
 */
class DeadLetterIT extends StagedIT {

    @Test
    void aMailThatGaveUpIsTheAdminsToSeeAndToSendAgain() {
        String gijs = Stage.person("gijs");
        UUID cohort = stage.cohort(List.of());
        stage.confirm(cohort, gijs);
        // Nobody ever gave Gijs's address: every attempt fails, and the last one gives up.
        Mail dead = await().atMost(Stage.CONVERGENCE).until(() -> mails.of(gijs, Paging.first(5)).items().stream()
                .filter(m -> m.status() == MailStatus.FAILED).findFirst().orElse(null), m -> m != null);
        assertThat(dead.kind()).isEqualTo(MailKind.ENROLMENT_CONFIRMED);
        assertThat(dead.attempts()).isEqualTo(6);

        String admin = Stage.token(Stage.person("admin"), "admin");
        Api.Response listed = api.get("/api/notifications/dead-letters?size=100", admin);
        assertThat(listed.status()).isEqualTo(200);
        JsonNode item = listed.json().get("items").valueStream()
                .filter(i -> i.get("id").asString().equals(dead.id().toString())).findFirst().orElseThrow();
        assertThat(item.get("kind").asString()).isEqualTo("ENROLMENT_CONFIRMED");
        assertThat(item.get("recipientId").asString()).isEqualTo(gijs);
        assertThat(item.get("address").isNull()).isTrue();
        assertThat(item.get("attempts").asInt()).isEqualTo(6);
        assertThat(item.get("lastError").asString()).isEqualTo("No e-mail address is known for the recipient yet");
        assertThat(item.get("failedAt").isNull()).isFalse();
        assertThat(api.get("/api/notifications/mine", Stage.token(gijs, "participant")).json().get("items").get(0)
                .get("status").asString()).isEqualTo("FAILED");

        for (String role : List.of("participant", "facilitator", "organiser", "coalition")) {
            String other = Stage.token(Stage.person(role), role);
            assertProblem(api.get("/api/notifications/dead-letters", other), 403);
            assertProblem(api.post("/api/notifications/dead-letters/" + dead.id() + "/resend", other, null), 403);
        }
        assertProblem(api.post("/api/notifications/dead-letters/" + UUID.randomUUID() + "/resend", admin, null), 404);
        assertProblem(api.post("/api/notifications/dead-letters/not-an-id/resend", admin, null), 400);

        stage.profile(gijs, "Gijs de Boer");
        Api.Response resent = api.post("/api/notifications/dead-letters/" + dead.id() + "/resend", admin, null);
        assertThat(resent.status()).as(resent.raw()).isEqualTo(202);
        assertThat(resent.text("status")).isEqualTo("PENDING");
        assertThat(resent.text("address")).isEqualTo(Stage.address(gijs));

        smtp.awaitMessageTo(Stage.address(gijs), ofKind("ENROLMENT_CONFIRMED", cohort), Stage.MAIL);
        await().atMost(Stage.CONVERGENCE).until(() -> mails.find(dead.id()).orElseThrow().status() == MailStatus.SENT);
        assertProblem(api.post("/api/notifications/dead-letters/" + dead.id() + "/resend", admin, null), 409);

        await().atMost(Stage.CONVERGENCE).until(() -> stage.published(Topics.NOTIFICATION_PRIVACY).stream()
                .filter(NotificationActionAudited.class::isInstance).map(NotificationActionAudited.class::cast)
                .anyMatch(a -> a.entry().action().equals("mail.resent") && a.entry().recordType().equals("mail")
                        && a.entry().recordId().equals(dead.id().toString()) && a.entry().actorRole().equals("admin")
                        && a.entry().cohortId().equals(cohort.toString())));
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
