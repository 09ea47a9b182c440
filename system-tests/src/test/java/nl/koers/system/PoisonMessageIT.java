package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.koers.events.Topics;
import nl.koers.testsupport.TestKafka;
import org.junit.jupiter.api.Test;

/** A record no consumer can read is set aside in the topic's DLT, and the records behind it still flow. */
class PoisonMessageIT {

    private final Koers koers = new Koers();

    @Test
    void aPoisonMessageLandsInTheDeadLetterTopicWhileLaterMessagesAreProcessed() {
        TestKafka kafka = new TestKafka(koers.stack.kafkaBootstrapServers());
        UUID cohort = koers.openCohort(3);
        String poisonKey = cohort.toString();

        kafka.send(Topics.ENROLMENT_ENROLMENTS, poisonKey, "nl.koers.enrolment.EnrolmentConfirmed.v1",
                "{this is not json".getBytes(StandardCharsets.UTF_8));
        koers.fillInProfile("participant7");
        assertThat(koers.enrol(koers.token("participant7"), cohort).status()).isEqualTo(201);

        koers.awaitRoster(cohort, Map.of("participant7", "CONFIRMED"));
        assertThat(kafka.readAll(Topics.ENROLMENT_ENROLMENTS + Topics.DEAD_LETTER_SUFFIX, Duration.ofSeconds(5)))
                .anySatisfy(record -> {
                    assertThat(record.key()).isEqualTo(poisonKey);
                    assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{this is not json");
                });
    }
}
