package nl.koers.trajectory.privacy.messaging;

import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.events.EnrolmentActionAudited;
import nl.koers.events.EnrolmentPrivacyEvent;
import nl.koers.events.ErasureRequested;
import nl.koers.events.Topics;
import nl.koers.trajectory.privacy.PrivacyService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Erases a participant here when enrolment-service asks for it. Erasing is idempotent, so a redelivered request
 * finishes any part a failure left undone and says so again.
 */
@Component
class ErasureRequestsListener {

    private final PrivacyService privacy;

    ErasureRequestsListener(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @KafkaListener(topics = Topics.ENROLMENT_PRIVACY)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, EnrolmentPrivacyEvent.class).ifPresent(event -> {
            switch (event) {
                case ErasureRequested e -> privacy.erase(e.erasureId(), e.participantId());
                // enrolment-service's own audit trail: nothing to erase or keep here.
                case EnrolmentActionAudited ignored -> {
                }
            }
        });
    }
}
