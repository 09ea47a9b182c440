package nl.koers.notification.session;

import java.time.Duration;
import java.time.Instant;

/**
 * When a session's reminder goes out: {@code lead} before it starts (24 hours unless configured), once per session
 * time. A session scheduled or moved closer to its start than the lead gets none (its scheduled or rescheduled mail
 * just told them), a cancelled one loses its reminder, and none goes out once the session started.
 */
public final class ReminderPlan {

    /** What to do with a session's reminder after a change of the session. */
    public sealed interface Decision {
    }

    /** Leave the reminder as it is: the session's time did not change. */
    public record Keep() implements Decision {
    }

    /** The session has no reminder (any more). */
    public record Drop() implements Decision {
    }

    /** Plan the reminder (again): due at {@code reminder.dueAt()}. */
    public record Plan(Reminder reminder) implements Decision {
    }

    private final Duration lead;

    public ReminderPlan(Duration lead) {
        if (lead.isNegative() || lead.isZero()) {
            throw new IllegalArgumentException("A reminder lead must be positive: " + lead);
        }
        this.lead = lead;
    }

    /**
     * @param current       the reminder held for the session before this change; null when none
     * @param previousStart when the session started before this change; null for a new session
     * @param changed       the session as it is after the change
     * @param changedAt     when the change happened (the event's {@code occurredAt})
     */
    public Decision after(Reminder current, Instant previousStart, SessionDetails changed, Instant changedAt) {
        if (changed.cancelled() || changed.startsAt() == null) {
            return new Drop();
        }
        if (current != null && changed.startsAt().equals(previousStart)) {
            // Only the place or the title moved: the reminder planned (or already sent) for this time stands.
            return new Keep();
        }
        if (Duration.between(changedAt, changed.startsAt()).compareTo(lead) < 0) {
            return new Drop();
        }
        return new Plan(Reminder.planned(changed.sessionVersion(), changed.startsAt().minus(lead)));
    }

    /** Whether a due reminder is still worth sending at {@code now}: not for a session that already started. */
    public static boolean stillWorthSending(SessionDetails session, Instant now) {
        return !session.cancelled() && session.startsAt() != null && now.isBefore(session.startsAt());
    }
}
