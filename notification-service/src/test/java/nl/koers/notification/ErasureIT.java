package nl.koers.notification;

import static nl.koers.testsupport.MailMessages.ofKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.events.CohortClosed;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortRetentionExpired;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.ErasureRequested;
import nl.koers.events.InvitationIssued;
import nl.koers.events.NotificationActionAudited;
import nl.koers.events.NotificationDataErased;
import nl.koers.events.ParticipantProfileUpdated;
import nl.koers.events.Topics;
import nl.koers.notification.cohort.MemberStatus;
import nl.koers.testsupport.Api;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A participant's export and erasure, and a cohort's retention, checked where it matters: in every collection of the
 * service's database, and on the privacy topic.
 */
class ErasureIT extends StagedIT {

    @Autowired
    MongoTemplate mongo;

    @Test
    void theExportHoldsTheParticipantsAddressesPreferencesAndMailsAndNothingOfOthers() {
        String hanna = Stage.person("hanna");
        String other = Stage.person("ivo");
        stage.profile(hanna, "Hanna Bos");
        stage.profile(other, "Ivo Bos");
        String token = Stage.token(hanna, "participant");
        assertThat(api.put("/api/notifications/address", SignInTokens.mint(hanna, "participant", hanna + "@koers.test",
                "H. Bos"), null).status()).isEqualTo(204);
        UUID cohort = stage.cohort(List.of(), hanna, other);
        smtp.awaitMessageTo(Stage.address(hanna), ofKind("ENROLMENT_CONFIRMED", cohort), Stage.MAIL);

        Api.Response export = api.get("/api/privacy/notification/export", token);

        assertThat(export.status()).as(export.raw()).isEqualTo(200);
        JsonNode part = export.json();
        assertThat(part.get("part").asString()).isEqualTo("notification");
        assertThat(part.get("participantId").asString()).isEqualTo(hanna);
        assertThat(part.get("addresses").valueStream().map(a -> a.get("source").asString() + " " + a.get("email")
                .asString() + " " + a.get("used").asBoolean()))
                .containsExactly("PROFILE " + Stage.address(hanna) + " true", "SIGN_IN " + hanna + "@koers.test false");
        assertThat(part.get("preferences").get("language").asString()).isEqualTo("nl");
        assertThat(part.get("preferences").get("stored").asBoolean()).isFalse();
        assertThat(part.get("mails")).singleElement().satisfies(mail -> {
            assertThat(mail.get("kind").asString()).isEqualTo("ENROLMENT_CONFIRMED");
            assertThat(mail.get("status").asString()).isEqualTo("SENT");
            assertThat(mail.get("subject").asString()).isEqualTo("Je hebt een plek in de deelnemersgroep");
            assertThat(mail.get("link").asString()).isEqualTo(StagedIT.BASE_URL + "/cohorts/" + cohort);
        });
        assertThat(export.raw()).doesNotContain(other);
        assertThat(api.get("/api/privacy/notification/export", Stage.token(hanna, "facilitator")).status())
                .isEqualTo(403);
        await().atMost(Stage.CONVERGENCE).until(() -> audited("participant.exported", hanna));
    }

    @Test
    void erasureLeavesNothingOfTheParticipantAndALateFactDoesNotBringThemBack() {
        String jan = Stage.person("jan");
        String kees = stage.personOnPartitionOf(Topics.ENROLMENT_PARTICIPANTS, jan, "kees");
        ParticipantProfileUpdated profile = stage.profile(jan, "Jan Jansen");
        stage.profile(kees, "Kees");
        String token = Stage.token(jan, "participant");
        assertThat(api.put("/api/notifications/preferences", token, Map.of("language", "en", "topics", Map.of(
                "SEAT", true, "SESSION_CHANGES", true, "SESSION_REMINDERS", true, "FEEDBACK", true,
                "COHORT_COMPLETED", true))).status()).isEqualTo(200);
        assertThat(api.put("/api/notifications/address", SignInTokens.mint(jan, "participant", jan + "@koers.test",
                "Jan"), null).status()).isEqualTo(204);
        UUID cohort = stage.cohort(List.of(), jan, kees);
        smtp.awaitMessageTo(Stage.address(jan), ofKind("ENROLMENT_CONFIRMED", cohort), Stage.MAIL);
        stage.session(cohort, Instant.now().plus(Duration.ofDays(3)), "Bijeenkomst", null);
        smtp.awaitMessageTo(Stage.address(jan), ofKind("SESSION_SCHEDULED", cohort), Stage.MAIL);

        ErasureRequested erasure = stage.requestErasure(jan);
        awaitErased(erasure.erasureId());

        assertThat(documentsMentioning(List.of(jan))).isEmpty();
        assertThat(rosters.of(cohort).members()).containsOnlyKeys(kees);
        Api.Response export = api.get("/api/privacy/notification/export", token);
        assertThat(export.json().get("addresses")).isEmpty();
        assertThat(export.json().get("mails")).isEmpty();
        assertThat(export.json().get("preferences").get("stored").asBoolean()).isFalse();
        await().atMost(Stage.CONVERGENCE).until(() -> audited("participant.erased", erasure.erasureId().toString()));

        // The profile arrives again (a replay, a consumer that was behind): it predates the erasure and stays out.
        // Kees's profile, on the same partition after it, says when it was handled.
        stage.send(profile);
        stage.send(new ParticipantProfileUpdated(UUID.randomUUID(), Instant.now(), kees, 99, "Kees", "ROC", "MBO",
                Stage.address(kees)));
        await().atMost(Stage.CONVERGENCE).until(() -> recipients.find(kees).map(r -> r.displayName()).isPresent()
                && mongo.getCollection("profiles").find(new Document("_id", kees)).first().get("profileVersion",
                Number.class).longValue() == 99);
        assertThat(recipients.find(jan)).isEmpty();

        // Delivered again, the request erases nothing new and is confirmed again.
        stage.send(erasure);
        await().atMost(Stage.CONVERGENCE).until(() -> stage.published(Topics.NOTIFICATION_PRIVACY).stream()
                .filter(NotificationDataErased.class::isInstance)
                .filter(e -> ((NotificationDataErased) e).erasureId().equals(erasure.erasureId())).count() >= 2);
    }

    @Test
    void theEndOfACohortsRetentionDeletesItsMailsInvitationsIncluded() {
        String lotte = Stage.person("lotte");
        stage.profile(lotte, "Lotte");
        UUID cohort = stage.cohort(List.of(), lotte);
        String invitee = Stage.person("invitee") + "@school-example.nl";
        stage.send(new InvitationIssued(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort, invitee, "Mila",
                "dG9rZW4tZm9yLXJldGVudGlvbi10ZXN0" + UUID.randomUUID().toString().replace("-", ""),
                Instant.now().plus(Duration.ofDays(5))));
        smtp.awaitMessageTo(invitee, ofKind("INVITATION"), Stage.MAIL);
        smtp.awaitMessageTo(Stage.address(lotte), ofKind("ENROLMENT_CONFIRMED", cohort), Stage.MAIL);

        stage.send(new CohortRetentionExpired(UUID.randomUUID(), Instant.now(), cohort, UUID.randomUUID(),
                LocalDate.now().minusMonths(25), 24));

        await().atMost(Stage.CONVERGENCE).until(() -> documentsMentioning(List.of(cohort.toString())).stream()
                .noneMatch(d -> d.startsWith("mails")));
        assertThat(rosters.of(cohort).members()).isEmpty();
        await().atMost(Stage.CONVERGENCE).until(() -> audited("cohort.personal-data-expired", cohort.toString()));

        // A late enrolment fact from before the expiry does not bring the participant back, nor mail them; a fact
        // after it is new activity. The newcomer's, on the same partition, says when the late one was handled.
        String newcomer = Stage.person("nina");
        stage.send(new EnrolmentConfirmed(UUID.randomUUID(), Instant.now().minus(Duration.ofHours(1)), UUID.randomUUID(),
                cohort, lotte, stage.nextRosterVersion(cohort)));
        stage.confirm(cohort, newcomer);
        stage.awaitPlace(cohort, newcomer, MemberStatus.CONFIRMED);
        assertThat(rosters.of(cohort).members()).containsOnlyKeys(newcomer);
        assertThat(smtp.messagesTo(Stage.address(lotte)).stream().filter(ofKind("ENROLMENT_CONFIRMED"))).hasSize(1);

        // The expiry delivered again does nothing again: one audit entry. The next cohort fact marks it handled.
        stage.send(new CohortRetentionExpired(UUID.randomUUID(), Instant.now(), cohort, UUID.randomUUID(),
                LocalDate.now().minusMonths(25), 24));
        stage.send(new CohortClosed(UUID.randomUUID(), Instant.now(), cohort, 5, new CohortFacts(UUID.randomUUID(),
                "CLOSED", 30, LocalDate.now(), LocalDate.now(), null, null, List.of())));
        await().atMost(Stage.CONVERGENCE).until(() -> "CLOSED".equals(rosters.of(cohort).status()));
        assertThat(rosters.of(cohort).members()).containsOnlyKeys(newcomer);
        await().during(Duration.ofSeconds(2)).atMost(Stage.CONVERGENCE).until(() -> stage.published(
                Topics.NOTIFICATION_PRIVACY).stream().filter(NotificationActionAudited.class::isInstance)
                .map(NotificationActionAudited.class::cast)
                .filter(a -> a.entry().recordId().equals(cohort.toString())).count() == 1);
    }

    private void awaitErased(UUID erasureId) {
        await().atMost(Stage.CONVERGENCE).until(() -> stage.published(Topics.NOTIFICATION_PRIVACY).stream()
                .anyMatch(e -> e instanceof NotificationDataErased erased && erased.erasureId().equals(erasureId)));
    }

    private boolean audited(String action, String recordId) {
        return stage.published(Topics.NOTIFICATION_PRIVACY).stream().filter(NotificationActionAudited.class::isInstance)
                .map(NotificationActionAudited.class::cast)
                .anyMatch(a -> a.entry().action().equals(action) && a.entry().recordId().equals(recordId));
    }

    /** "collection: document" for every document of the service's database whose JSON mentions one of the markers. */
    private List<String> documentsMentioning(List<String> markers) {
        List<String> found = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                String json = document.toJson();
                if (markers.stream().anyMatch(json::contains)) {
                    found.add(collection + ": " + json);
                }
            }
        }
        return found;
    }
}
