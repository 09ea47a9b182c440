package nl.koers.reflection.membership.messaging;

import java.util.UUID;
import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.events.AttendanceRecorded;
import nl.koers.events.SessionCancelled;
import nl.koers.events.SessionEvent;
import nl.koers.events.SessionFacts;
import nl.koers.events.SessionRescheduled;
import nl.koers.events.SessionScheduled;
import nl.koers.events.Topics;
import nl.koers.reflection.membership.Memberships;
import nl.koers.reflection.membership.SessionChange;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds trajectory-service's session events into the projection: which sessions a cohort has and when they
 * end, so reflections can name their session and evaluations wait for the last one.
 */
@Component
class SessionEventsListener {

    private static final String CANCELLED = "CANCELLED";

    private final Memberships memberships;

    SessionEventsListener(Memberships memberships) {
        this.memberships = memberships;
    }

    @KafkaListener(topics = Topics.TRAJECTORY_SESSIONS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, SessionEvent.class).ifPresent(event -> {
            switch (event) {
                case SessionScheduled e -> record(e.sessionId(), e.sessionVersion(), e.session(), false);
                case SessionRescheduled e -> record(e.sessionId(), e.sessionVersion(), e.session(), false);
                case SessionCancelled e -> record(e.sessionId(), e.sessionVersion(), e.session(), true);
                case AttendanceRecorded ignored -> {
                    // Who attended changes no rule here: reading, writing and evaluating follow the enrolment,
                    // not attendance, and attendance is reported by trajectory-service itself.
                }
            }
        });
    }

    private void record(UUID sessionId, long version, SessionFacts facts, boolean cancelled) {
        memberships.record(new SessionChange(sessionId, facts.cohortId(), facts.sequence(), facts.startsAt(),
                facts.endsAt(), cancelled || CANCELLED.equals(facts.status()), version));
    }
}
