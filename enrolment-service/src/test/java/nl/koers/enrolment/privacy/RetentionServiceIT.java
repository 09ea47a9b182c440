package nl.koers.enrolment.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.enrolment.ServiceIT;
import nl.koers.events.CohortCompleted;
import nl.koers.events.CohortRetentionExpired;
import nl.koers.events.Topics;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** A cohort whose retention period ended: its enrolments anonymised, profiles with nothing else left deleted. */
class RetentionServiceIT extends ServiceIT {

    @Autowired
    MongoTemplate mongo;

    private final String admin = TestTokens.get().mint("admin", "admin");

    @Test
    void anonymisesTheCohortAndDeletesTheProfilesOfThoseWithNothingElseLeft() {
        UUID expired = openCohort(3);
        UUID running = openCohort(3);
        String onlyHereId = "r-only-" + UUID.randomUUID().toString().substring(0, 8);
        String alsoElsewhereId = "r-also-" + UUID.randomUUID().toString().substring(0, 8);
        String onlyHere = token(onlyHereId);
        String alsoElsewhere = token(alsoElsewhereId);
        String onlyHereMotivation = "Waarom ik meedoe " + UUID.randomUUID();
        String alsoElsewhereMotivation = "Waarom ik ook meedoe " + UUID.randomUUID();
        enrolWith(onlyHere, expired, onlyHereMotivation);
        enrolWith(alsoElsewhere, expired, alsoElsewhereMotivation);
        String elsewhere = enrol(alsoElsewhere, running).text("id");
        publish(new CohortCompleted(UUID.randomUUID(), Instant.now(), expired, 3, facts("COMPLETED", 3)));
        await().atMost(Duration.ofSeconds(20)).until(() -> roster(expired).stream()
                .allMatch(e -> e.get("status").asString().equals("COMPLETED")));

        CohortRetentionExpired expiry = new CohortRetentionExpired(UUID.randomUUID(), Instant.now(), expired,
                UUID.randomUUID(), LocalDate.now().minusMonths(25), 24);
        publish(expiry);
        publish(expiry);

        await().atMost(Duration.ofSeconds(30)).until(() -> roster(expired).stream()
                .allMatch(e -> e.get("participantId").asString().startsWith("former-")));
        List<JsonNode> anonymised = roster(expired);
        assertThat(anonymised).hasSize(2).allSatisfy(e -> {
            assertThat(e.get("displayName").isNull()).isTrue();
            assertThat(e.get("institution").isNull()).isTrue();
            assertThat(e.get("motivation").isNull()).isTrue();
            assertThat(e.get("status").asString()).isEqualTo("COMPLETED");
        });
        assertThat(anonymised.stream().map(e -> e.get("participantId").asString()).distinct()).hasSize(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/participants/me", onlyHere).status() == 404);
        assertThat(api.get("/api/participants/me", alsoElsewhere).status()).isEqualTo(200);
        Api.Response kept = api.get("/api/enrolments/" + elsewhere, alsoElsewhere);
        assertThat(kept.text("displayName")).isEqualTo("Naam " + alsoElsewhereId);
        assertThat(scan(List.of("Naam " + onlyHereId, onlyHereId + "@example.nl", "ROC " + onlyHereId,
                onlyHereMotivation, alsoElsewhereMotivation))).isEmpty();

        JsonNode audit = awaitAudit("?action=cohort.personal-data-expired&record=" + expired);
        JsonNode entry = audit.get("items").get(0);
        assertThat(entry.get("service").asString()).isEqualTo("enrolment");
        assertThat(entry.get("actorId").asString()).isEqualTo("system");
        assertThat(entry.get("actorRole").asString()).isEqualTo("system");
        assertThat(entry.get("cohortId").asString()).isEqualTo(expired.toString());
        assertThat(entry.get("details").get("retentionMonths").asString()).isEqualTo("24");
        assertThat(entry.get("details").get("deletedProfiles").asString()).isEqualTo("1");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                kafka.readAll(Topics.ENROLMENT_PARTICIPANTS, Duration.ofSeconds(2)).stream()
                        .filter(r -> r.key().equals(onlyHereId)).map(ConsumerRecord::value).toList()).last().isNull());
        publish(expiry);
        publish(new CohortRetentionExpired(UUID.randomUUID(), Instant.now(), expired, UUID.randomUUID(),
                LocalDate.now().minusMonths(25), 24));
        assertThat(api.get("/api/participants/me", alsoElsewhere).status()).isEqualTo(200);
        assertThat(awaitAudit("?action=cohort.personal-data-expired&record=" + expired).get("totalItems").asInt())
                .as("one audit entry for the cohort, however often its expiry arrives").isEqualTo(1);
    }

    @Test
    void aCohortThisServiceNeverHeardOfExpiresWithoutTrouble() {
        UUID unknown = UUID.randomUUID();

        publish(new CohortRetentionExpired(UUID.randomUUID(), Instant.now(), unknown, UUID.randomUUID(),
                LocalDate.now().minusYears(3), 12));

        JsonNode entry = awaitAudit("?action=cohort.personal-data-expired&record=" + unknown).get("items").get(0);
        assertThat(entry.get("details").get("deletedProfiles").asString()).isEqualTo("0");
        Document retention = mongo.getCollection("cohort_retentions").find(new Document("_id", unknown.toString())).first();
        assertThat(retention).containsEntry("status", "DONE").doesNotContainKey("participants");
    }

    private Api.Response enrolWith(String token, UUID cohort, String motivation) {
        Api.Response enrolled = api.post("/api/enrolments", token, Map.of("cohortId", cohort, "motivation", motivation));
        assertThat(enrolled.status()).as(enrolled.raw()).isEqualTo(201);
        return enrolled;
    }

    private List<JsonNode> roster(UUID cohort) {
        return api.get("/api/enrolments?cohortId=" + cohort, organiser).json().get("items").valueStream().toList();
    }

    private JsonNode awaitAudit(String query) {
        JsonNode[] page = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Api.Response response = api.get("/api/audit" + query, admin);
            page[0] = response.json();
            return response.status() == 200 && response.json().get("totalItems").asInt() > 0;
        });
        return page[0];
    }

    private List<String> scan(List<String> markers) {
        return mongo.getCollectionNames().stream()
                .flatMap(name -> mongo.getCollection(name).find().into(new java.util.ArrayList<>()).stream()
                        .map(Document::toJson).filter(json -> markers.stream().anyMatch(json::contains))
                        .map(json -> name + ": " + json))
                .toList();
    }
}
