package nl.koers.enrolment.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.events.InvitationIssued;
import nl.koers.events.Topics;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The steps the invitation tests take: upload a list, confirm it, read what went out on the topic. */
final class InvitationSteps {

    static final String UPLOADS = "/api/invitations/uploads";

    private final Api api;
    private final TestKafka kafka;
    private final String organiser;

    InvitationSteps(Api api, TestKafka kafka, String organiser) {
        this.api = api;
        this.kafka = kafka;
        this.organiser = organiser;
    }

    /** A list as Dutch Excel's "CSV UTF-8" writes it: BOM, semicolons, CRLF. */
    static byte[] list(String... rows) {
        return ("\uFEFFnaam;e-mail;instelling;sector;functie\r\n" + String.join("\r\n", rows) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Api.Response upload(UUID cohort, byte[] file) {
        return api.upload(UPLOADS, organiser, Map.of("cohortId", cohort.toString()), "file", "deelnemers.csv",
                "text/csv", file);
    }

    Api.Response confirm(String uploadId) {
        return api.post(UPLOADS + "/" + uploadId + "/confirmation", organiser, null);
    }

    /** Uploads the rows and confirms them, expecting every row to be invited. */
    List<InvitationIssued> invite(UUID cohort, String... rows) {
        Api.Response uploaded = upload(cohort, list(rows));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        Api.Response confirmed = confirm(uploaded.text("id"));
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);
        assertThat(confirmed.json().get("invited").asInt()).as(confirmed.raw()).isEqualTo(rows.length);
        return issuedTo(cohort, rows.length);
    }

    /** The invitations to the cohort on the topic, once there are at least {@code expected}. */
    List<InvitationIssued> issuedTo(UUID cohort, int expected) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> kafka.readAll(Topics.ENROLMENT_INVITATIONS,
                        Duration.ofSeconds(2)).stream().filter(r -> r.value() != null)
                .map(r -> EventJson.read(r.value(), InvitationIssued.class))
                .filter(e -> e.cohortId().equals(cohort)).toList(), list -> list.size() >= expected);
    }

    /** Waits until the invitation's latest record on the compacted topic is its tombstone. */
    void awaitTombstone(UUID invitationId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                kafka.readAll(Topics.ENROLMENT_INVITATIONS, Duration.ofSeconds(2)).stream()
                        .filter(r -> r.key().equals(invitationId.toString()))
                        .map(ConsumerRecord::value).toList()).isNotEmpty().last().isNull());
    }
}
