package nl.koers.notification.recipient.messaging;

import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.events.ParticipantEvent;
import nl.koers.events.ParticipantProfileUpdated;
import nl.koers.events.Topics;
import nl.koers.notification.recipient.AddressBook;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each participant's profile address and name from enrolment-service's compacted participants topic. A
 * profile's tombstone (the erasure's) is skipped: the erasure itself arrives as {@code ErasureRequested}.
 */
@Component
class ParticipantProfilesListener {

    private final AddressBook addressBook;

    ParticipantProfilesListener(AddressBook addressBook) {
        this.addressBook = addressBook;
    }

    @KafkaListener(topics = Topics.ENROLMENT_PARTICIPANTS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, ParticipantEvent.class).ifPresent(event -> {
            switch (event) {
                case ParticipantProfileUpdated e -> addressBook.profileUpdated(e.participantId(), e.profileVersion(),
                        e.email(), e.displayName(), e.occurredAt());
            }
        });
    }
}
