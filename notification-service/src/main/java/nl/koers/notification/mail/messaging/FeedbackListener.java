package nl.koers.notification.mail.messaging;

import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.events.FeedbackGiven;
import nl.koers.events.InterventionCarriedOut;
import nl.koers.events.InterventionEvent;
import nl.koers.events.InterventionPlanned;
import nl.koers.events.Topics;
import nl.koers.notification.mail.MailPlanner;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Tells an intervention's owners that it got feedback (the fact carries no text, and neither does the mail). */
@Component
class FeedbackListener {

    private final MailPlanner planner;

    FeedbackListener(MailPlanner planner) {
        this.planner = planner;
    }

    @KafkaListener(topics = Topics.REFLECTION_INTERVENTIONS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, InterventionEvent.class).ifPresent(event -> {
            switch (event) {
                case FeedbackGiven e -> planner.feedback(e.eventId(), e.occurredAt(), e.interventionId(),
                        e.cohortId(), e.ownerIds());
                case InterventionPlanned ignored -> {
                    // Planning is the owners' own doing: nothing to tell them.
                }
                case InterventionCarriedOut ignored -> {
                    // Likewise.
                }
            }
        });
    }
}
