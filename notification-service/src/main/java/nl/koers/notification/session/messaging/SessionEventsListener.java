package nl.koers.notification.session.messaging;

import java.time.Instant;
import java.util.UUID;
import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.events.AttendanceRecorded;
import nl.koers.events.SessionCancelled;
import nl.koers.events.SessionEvent;
import nl.koers.events.SessionFacts;
import nl.koers.events.SessionRescheduled;
import nl.koers.events.SessionScheduled;
import nl.koers.events.Topics;
import nl.koers.notification.mail.MailKind;
import nl.koers.notification.mail.MailPlanner;
import nl.koers.notification.session.ReminderPlan;
import nl.koers.notification.session.SessionDetails;
import nl.koers.notification.session.Sessions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each session (by session version) with its reminder planned, and sends the meeting mails: scheduled,
 * rescheduled, cancelled. A fact older than the version held makes no mail: its meeting would carry a lower
 * SEQUENCE, which calendar programs ignore anyway.
 */
@Component
class SessionEventsListener {

    private static final String CANCELLED = "CANCELLED";

    private final Sessions sessions;
    private final ReminderPlan reminders;
    private final MailPlanner planner;

    SessionEventsListener(Sessions sessions, ReminderPlan reminders, MailPlanner planner) {
        this.sessions = sessions;
        this.reminders = reminders;
        this.planner = planner;
    }

    @KafkaListener(topics = Topics.TRAJECTORY_SESSIONS)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.read(record, SessionEvent.class).ifPresent(event -> {
            switch (event) {
                case SessionScheduled e -> changed(MailKind.SESSION_SCHEDULED, e.eventId(), e.occurredAt(),
                        e.sessionId(), e.sessionVersion(), e.session(), false);
                case SessionRescheduled e -> changed(MailKind.SESSION_RESCHEDULED, e.eventId(), e.occurredAt(),
                        e.sessionId(), e.sessionVersion(), e.session(), false);
                case SessionCancelled e -> changed(MailKind.SESSION_CANCELLED, e.eventId(), e.occurredAt(),
                        e.sessionId(), e.sessionVersion(), e.session(), true);
                case AttendanceRecorded ignored -> {
                    // Who attended is no news to mail about.
                }
            }
        });
    }

    private void changed(MailKind kind, UUID eventId, Instant occurredAt, UUID sessionId, long version,
                         SessionFacts facts, boolean cancelled) {
        SessionDetails details = new SessionDetails(sessionId, facts.cohortId(), facts.sequence(), facts.startsAt(),
                facts.endsAt(), facts.title(), facts.place(), facts.onlineLink(),
                cancelled || CANCELLED.equals(facts.status()), version);
        var held = sessions.find(sessionId);
        if (held.isPresent() && held.get().details().sessionVersion() > version) {
            return;
        }
        ReminderPlan.Decision reminder = reminders.after(held.map(Sessions.Held::reminder).orElse(null),
                held.map(h -> h.details().startsAt()).orElse(null), details, occurredAt);
        if (sessions.record(details, reminder) == version) {
            planner.session(kind, eventId, occurredAt, details);
        }
    }
}
