package nl.koers.trajectory.report.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.events.CloudEventHeaders;
import nl.koers.events.CohortFacts;
import nl.koers.events.CohortPlanned;
import nl.koers.events.DomainEvent;
import nl.koers.events.EventCatalog;
import nl.koers.events.Topics;
import nl.koers.events.TrajectoryCreated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * The report projections read each of their ten topics as its sealed family: the facts of the right topic are
 * applied, and one published to the wrong topic is dead-lettered alone, after the records before it are applied.
 */
class ReportEventsListenerTest {

    private final List<List<DomainEvent>> applied = new ArrayList<>();
    private final ReportEventsListener listener = new ReportEventsListener(applied::add);

    @Test
    void appliesTheFactsOfEachTopic() {
        TrajectoryCreated created = trajectoryCreated();
        CohortPlanned planned = cohortPlanned();

        listener.on(List.of(record(Topics.TRAJECTORY_TRAJECTORIES, created), record(Topics.TRAJECTORY_COHORTS, planned)));

        assertThat(applied).containsExactly(List.of(created, planned));
    }

    @Test
    void deadLettersAFactPublishedToAnotherFamilysTopic() {
        TrajectoryCreated created = trajectoryCreated();
        List<ConsumerRecord<String, byte[]>> batch = List.of(record(Topics.TRAJECTORY_TRAJECTORIES, created),
                record(Topics.TRAJECTORY_SESSIONS, cohortPlanned()));

        assertThatThrownBy(() -> listener.on(batch)).isInstanceOf(BatchListenerFailedException.class)
                .satisfies(e -> assertThat(((BatchListenerFailedException) e).getIndex()).isEqualTo(1));
        assertThat(applied).containsExactly(List.of(created));
    }

    private static TrajectoryCreated trajectoryCreated() {
        return new TrajectoryCreated(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "NCP EQAVET", List.of("c"));
    }

    private static CohortPlanned cohortPlanned() {
        return new CohortPlanned(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), 1, new CohortFacts(
                UUID.randomUUID(), "PLANNED", 20, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 6, 30), null, null,
                List.of()));
    }

    private static ConsumerRecord<String, byte[]> record(String topic, DomainEvent event) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(topic, 0, 0L, event.subject(),
                EventJson.write(event));
        record.headers().add(CloudEventHeaders.TYPE,
                EventCatalog.of(event).cloudEventType().getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
