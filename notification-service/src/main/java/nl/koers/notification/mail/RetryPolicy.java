package nl.koers.notification.mail;

import java.time.Duration;

/**
 * How a mail that could not be sent is tried again: after {@code initial}, then twice as long each time up to
 * {@code max}, and after {@code maxAttempts} failed attempts no more: the mail is a dead letter. With the defaults
 * (2 s, 10 min, 10 attempts) a mail keeps trying for about 17 minutes, through a restart of the SMTP server or an
 * address that arrives late.
 */
public record RetryPolicy(Duration initial, Duration max, int maxAttempts) {

    public RetryPolicy {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Retry needs 0 < initial <= max and at least one attempt");
        }
    }

    /** Whether a mail that has failed {@code failedAttempts} times is given up. */
    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }

    /** The wait before the next attempt of a mail that has failed {@code failedAttempts} times (at least once). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = initial;
        for (int n = 1; n < failedAttempts && delay.compareTo(max) < 0; n++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
