package nl.koers.notification.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The projection of sessions (trajectory-service's facts by {@code sessionVersion}) with each one's reminder. */
public interface Sessions {

    /** A session as held, with its reminder (null when it has none). */
    record Held(SessionDetails details, Reminder reminder) {
    }

    /** A reminder the scheduler claimed: its session as held now, and the plan it was claimed for. */
    record ClaimedReminder(SessionDetails session, long planVersion) {
    }

    Optional<Held> find(UUID sessionId);

    /**
     * Keeps the session's facts and applies {@code reminder} in one write, unless a newer version is held.
     *
     * @return the session version held after the write: {@code details.sessionVersion()} when this fact is the newest
     */
    long record(SessionDetails details, ReminderPlan.Decision reminder);

    /**
     * Claims one reminder that is due at {@code now} (or whose earlier claim ran out) for {@code lease}, atomically:
     * of several instances only one gets it.
     */
    Optional<ClaimedReminder> claimDueReminder(Instant now, Duration lease);

    /** Marks the reminder of plan {@code planVersion} done; a reminder planned again meanwhile stays planned. */
    void finishReminder(UUID sessionId, long planVersion);
}
