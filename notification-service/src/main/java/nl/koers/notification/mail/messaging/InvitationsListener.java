package nl.koers.notification.mail.messaging;

import java.util.Optional;
import java.util.UUID;
import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.events.InvitationEvent;
import nl.koers.events.InvitationIssued;
import nl.koers.events.Topics;
import nl.koers.notification.mail.MailPlanner;
import nl.koers.notification.mail.Mails;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Sends invitations from enrolment-service's compacted invitations topic. An invitation's tombstone (accepted, or its
 * cohort's retention over) withdraws its mail if that was not sent yet: it would invite to something settled, and
 * it holds the person's address.
 */
@Component
class InvitationsListener {

    private final MailPlanner planner;
    private final Mails mails;

    InvitationsListener(MailPlanner planner, Mails mails) {
        this.planner = planner;
        this.mails = mails;
    }

    @KafkaListener(topics = Topics.ENROLMENT_INVITATIONS)
    void on(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            invitationId(record.key()).ifPresent(mails::withdrawInvitation);
            return;
        }
        IncomingEvents.read(record, InvitationEvent.class).ifPresent(event -> {
            switch (event) {
                case InvitationIssued e -> planner.invitation(e.eventId(), e.occurredAt(), e.invitationId(),
                        e.cohortId(), e.email(), e.displayName(), e.token(), e.expiresAt());
            }
        });
    }

    /** Empty for a key that names no invitation, such as the compaction nudge's. */
    private static Optional<UUID> invitationId(String key) {
        try {
            return key == null ? Optional.empty() : Optional.of(UUID.fromString(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
