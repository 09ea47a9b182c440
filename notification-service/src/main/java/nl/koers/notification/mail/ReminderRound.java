package nl.koers.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.koers.notification.session.ReminderPlan;
import nl.koers.notification.session.Sessions;

/**
 * Sends the reminders that are due: claims each session's reminder with one atomic update (so of several
 * instances one takes it, and a crashed one's claim runs out), makes its mails (each recipient's keyed by session,
 * plan and recipient, so a second round for the same plan makes none) and marks it done. A reminder whose session
 * already started, or was cancelled meanwhile, is marked done without mail.
 */
public class ReminderRound {

    /** Enough for a round; what is left waits for the next poll. */
    private static final int MAX_PER_ROUND = 100;

    private final Sessions sessions;
    private final MailPlanner planner;
    private final Clock clock;
    private final Duration lease;

    public ReminderRound(Sessions sessions, MailPlanner planner, Clock clock, Duration lease) {
        this.sessions = sessions;
        this.planner = planner;
        this.clock = clock;
        this.lease = lease;
    }

    /** Answers how many reminders it handled. */
    public int sendDue() {
        int handled = 0;
        while (handled < MAX_PER_ROUND) {
            Instant now = clock.instant();
            Optional<Sessions.ClaimedReminder> claimed = sessions.claimDueReminder(now, lease);
            if (claimed.isEmpty()) {
                break;
            }
            Sessions.ClaimedReminder reminder = claimed.get();
            if (ReminderPlan.stillWorthSending(reminder.session(), now)) {
                planner.reminder(reminder.session(), reminder.planVersion());
            }
            sessions.finishReminder(reminder.session().sessionId(), reminder.planVersion());
            handled++;
        }
        return handled;
    }
}
