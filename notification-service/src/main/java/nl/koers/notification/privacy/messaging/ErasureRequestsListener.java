package nl.koers.notification.privacy.messaging;

import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.events.EnrolmentActionAudited;
import nl.koers.events.EnrolmentPrivacyEvent;
import nl.koers.events.ErasureRequested;
import nl.koers.events.Topics;
import nl.koers.notification.privacy.ErasureService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Erases this service's part when enrolment-service, which keeps the erasure request, asks for it. Failures
 * propagate: the shared error handler retries (a database outage without limit), and every step is safe to redo.
 */
@Component
class ErasureRequestsListener {

    private final ErasureService erasure;

    ErasureRequestsListener(ErasureService erasure) {
        this.erasure = erasure;
    }

    @KafkaListener(topics = Topics.ENROLMENT_PRIVACY)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, EnrolmentPrivacyEvent.class).ifPresent(event -> {
            switch (event) {
                case ErasureRequested e -> erasure.erase(e.erasureId(), e.participantId());
                case EnrolmentActionAudited ignored -> {
                    // enrolment-service's audit entries are for its audit trail, not for this service.
                }
            }
        });
    }
}
