package nl.koers.notification.mail;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the senders when there is something to send, so a new mail leaves within milliseconds instead of at the
 * next poll. Only a nudge: the mails themselves are in the database, and a sender that misses a nudge finds them at
 * its next poll.
 */
public final class MailQueue {

    private final Semaphore signal = new Semaphore(0);
    private final int senders;

    public MailQueue(int senders) {
        this.senders = Math.max(1, senders);
    }

    /** There are mails to send now. */
    public void wake() {
        if (signal.availablePermits() < senders) {
            signal.release();
        }
    }

    /** Waits up to {@code poll} for a nudge; true when nudged. */
    public boolean await(Duration poll) throws InterruptedException {
        return signal.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
    }
}
