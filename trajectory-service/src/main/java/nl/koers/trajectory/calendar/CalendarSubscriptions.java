package nl.koers.trajectory.calendar;

import java.util.Optional;

/** Where calendar subscriptions are kept, one per user, found by the hash of their token. */
public interface CalendarSubscriptions {

    /** Stores {@code subscription}, replacing the user's previous one. */
    void replace(CalendarSubscription subscription);

    Optional<CalendarSubscription> ofUser(String userId);

    Optional<CalendarSubscription> byTokenHash(String tokenHash);

    void remove(String userId);
}
