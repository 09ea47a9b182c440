package nl.koers.trajectory.roster.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.defaults.messaging.PoisonMessageException;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.events.CloudEventHeaders;
import nl.koers.events.DomainEvent;
import nl.koers.events.EnrolmentCompleted;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EventCatalog;
import nl.koers.events.ParticipantProfileUpdated;
import nl.koers.events.Topics;
import nl.koers.trajectory.roster.ParticipantProfile;
import nl.koers.trajectory.roster.RosterEntry;
import nl.koers.trajectory.roster.RosterService;
import nl.koers.trajectory.roster.RosterStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The roster's listeners read their topic as its sealed event family: every fact of the family is handled, a
 * type nobody knows yet is skipped, and a known fact of another family (published to the wrong topic) is poison
 * to dead-letter, not a record to drop silently.
 */
class RosterListenersTest {

    private final RosterService roster = mock(RosterService.class);
    private final ErasedParticipants erased = mock(ErasedParticipants.class);
    private final UUID cohort = UUID.randomUUID();

    @Test
    void takesEveryEnrolmentFactIntoTheRoster() {
        EnrolmentEventsListener listener = new EnrolmentEventsListener(roster, erased);

        listener.on(record(Topics.ENROLMENT_ENROLMENTS, new EnrolmentCompleted(UUID.randomUUID(), Instant.now(),
                UUID.randomUUID(), cohort, "p-1", 7)));

        ArgumentCaptor<RosterEntry> entry = ArgumentCaptor.forClass(RosterEntry.class);
        verify(roster).apply(entry.capture());
        assertThat(entry.getValue().status()).isEqualTo(RosterStatus.COMPLETED);
        assertThat(entry.getValue().rosterVersion()).isEqualTo(7);
    }

    @Test
    void refusesAParticipantFactOnTheEnrolmentTopicAsPoison() {
        EnrolmentEventsListener listener = new EnrolmentEventsListener(roster, erased);
        ConsumerRecord<String, byte[]> misplaced = record(Topics.ENROLMENT_ENROLMENTS, profile());

        assertThatThrownBy(() -> listener.on(misplaced)).isInstanceOf(PoisonMessageException.class)
                .hasMessageContaining("not a EnrolmentEvent");
        verify(roster, never()).apply(any(RosterEntry.class));
    }

    @Test
    void takesProfilesAndRefusesEnrolmentFactsOnTheParticipantTopic() {
        ParticipantEventsListener listener = new ParticipantEventsListener(roster, erased);

        listener.on(record(Topics.ENROLMENT_PARTICIPANTS, profile()));
        verify(roster).apply(any(ParticipantProfile.class));

        ConsumerRecord<String, byte[]> misplaced = record(Topics.ENROLMENT_PARTICIPANTS, new EnrolmentConfirmed(
                UUID.randomUUID(), Instant.now(), UUID.randomUUID(), cohort, "p-1", 1));
        assertThatThrownBy(() -> listener.on(misplaced)).isInstanceOf(PoisonMessageException.class);
    }

    @Test
    void skipsATypeNotInTheCatalogYet() {
        EnrolmentEventsListener listener = new EnrolmentEventsListener(roster, erased);
        ConsumerRecord<String, byte[]> future = new ConsumerRecord<>(Topics.ENROLMENT_ENROLMENTS, 0, 0L, "k",
                "{}".getBytes(StandardCharsets.UTF_8));
        future.headers().add(CloudEventHeaders.TYPE,
                "nl.koers.enrolment.EnrolmentPaused.v1".getBytes(StandardCharsets.UTF_8));

        listener.on(future);

        verify(roster, never()).apply(any(RosterEntry.class));
    }

    private ParticipantProfileUpdated profile() {
        return new ParticipantProfileUpdated(UUID.randomUUID(), Instant.now(), "p-1", 3, "Anna", "ROC Midden", "MBO", null);
    }

    static ConsumerRecord<String, byte[]> record(String topic, DomainEvent event) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(topic, 0, 0L, event.subject(),
                EventJson.write(event));
        record.headers().add(CloudEventHeaders.TYPE,
                EventCatalog.of(event).cloudEventType().getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
