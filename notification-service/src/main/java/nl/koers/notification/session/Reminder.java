package nl.koers.notification.session;

import java.time.Instant;

/**
 * The one reminder of a session: due at {@code dueAt}, planned at session version {@code planVersion}. A plan made
 * again for a new time gets a new plan version, so its mails are new ones; the same plan is sent once.
 */
public record Reminder(long planVersion, Instant dueAt, State state) {

    /** PLANNED until the scheduler claims it, CLAIMED while it makes its mails, DONE after (sent or skipped). */
    public enum State {
        PLANNED, CLAIMED, DONE
    }

    public static Reminder planned(long planVersion, Instant dueAt) {
        return new Reminder(planVersion, dueAt, State.PLANNED);
    }
}
