package nl.koers.enrolment.privacy.messaging;

import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.enrolment.privacy.AuditTrail;
import nl.koers.enrolment.privacy.ErasurePart;
import nl.koers.enrolment.privacy.ErasureService;
import nl.koers.events.EnrolmentActionAudited;
import nl.koers.events.EnrolmentPrivacyEvent;
import nl.koers.events.ErasureRequested;
import nl.koers.events.NotificationActionAudited;
import nl.koers.events.NotificationDataErased;
import nl.koers.events.NotificationPrivacyEvent;
import nl.koers.events.ReflectionActionAudited;
import nl.koers.events.ReflectionDataErased;
import nl.koers.events.ReflectionPrivacyEvent;
import nl.koers.events.Topics;
import nl.koers.events.TrajectoryActionAudited;
import nl.koers.events.TrajectoryDataErased;
import nl.koers.events.TrajectoryPrivacyEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The four services' privacy facts: erasure requests (this service's own, which it erases its part on like the
 * others do), each service's "my part is erased", and every audited action for the audit trail. The switches have no
 * default, so a fact added to a privacy family fails this build until it is handled here.
 */
@Component
class PrivacyEventsListener {

    private final ErasureService erasures;
    private final AuditTrail audit;

    PrivacyEventsListener(ErasureService erasures, AuditTrail audit) {
        this.erasures = erasures;
        this.audit = audit;
    }

    @KafkaListener(topics = Topics.ENROLMENT_PRIVACY)
    void onEnrolmentPrivacy(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, EnrolmentPrivacyEvent.class).ifPresent(event -> {
            switch (event) {
                case ErasureRequested e -> erasures.eraseOwnPart(e);
                case EnrolmentActionAudited e -> audit.record(e.eventId(), e.occurredAt(), "enrolment", e.entry());
            }
        });
    }

    @KafkaListener(topics = Topics.TRAJECTORY_PRIVACY)
    void onTrajectoryPrivacy(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, TrajectoryPrivacyEvent.class).ifPresent(event -> {
            switch (event) {
                case TrajectoryDataErased e -> erasures.markErased(e.erasureId(), ErasurePart.TRAJECTORY, e.occurredAt());
                case TrajectoryActionAudited e -> audit.record(e.eventId(), e.occurredAt(), "trajectory", e.entry());
            }
        });
    }

    @KafkaListener(topics = Topics.REFLECTION_PRIVACY)
    void onReflectionPrivacy(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, ReflectionPrivacyEvent.class).ifPresent(event -> {
            switch (event) {
                case ReflectionDataErased e -> erasures.markErased(e.erasureId(), ErasurePart.REFLECTION, e.occurredAt());
                case ReflectionActionAudited e -> audit.record(e.eventId(), e.occurredAt(), "reflection", e.entry());
            }
        });
    }

    @KafkaListener(topics = Topics.NOTIFICATION_PRIVACY)
    void onNotificationPrivacy(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, NotificationPrivacyEvent.class).ifPresent(event -> {
            switch (event) {
                case NotificationDataErased e ->
                        erasures.markErased(e.erasureId(), ErasurePart.NOTIFICATION, e.occurredAt());
                case NotificationActionAudited e -> audit.record(e.eventId(), e.occurredAt(), "notification", e.entry());
            }
        });
    }
}
