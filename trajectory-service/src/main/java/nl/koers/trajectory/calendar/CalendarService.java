package nl.koers.trajectory.calendar;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.problem.NotFound;
import nl.koers.trajectory.cohort.Cohort;
import nl.koers.trajectory.cohort.Cohorts;
import nl.koers.trajectory.roster.CohortMemberships;
import nl.koers.trajectory.session.Sessions;

/**
 * Private calendar subscriptions. A calendar program polls the feed URL without a bearer token, so the URL
 * carries an unguessable token that stands for its user; the feed holds the sessions of the cohorts that user
 * facilitates or holds a confirmed seat in, decided when it is fetched, so rescheduled and cancelled sessions
 * (and joined or left cohorts) show at the next poll.
 */
public class CalendarService {

    /** Enough for every session of every cohort a person is in; a feed never grows without bound. */
    static final int MAX_ENTRIES = 500;

    /** A new subscription: the token, shown only now, and what is stored. */
    public record Issued(String token, CalendarSubscription subscription) {
    }

    private final CalendarSubscriptions subscriptions;
    private final Cohorts cohorts;
    private final CohortMemberships memberships;
    private final Sessions sessions;
    private final Clock clock;

    public CalendarService(CalendarSubscriptions subscriptions, Cohorts cohorts, CohortMemberships memberships,
                           Sessions sessions, Clock clock) {
        this.subscriptions = subscriptions;
        this.cohorts = cohorts;
        this.memberships = memberships;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Makes a new subscription URL token for the user; any earlier one stops working. */
    public Issued subscribe(String userId) {
        String token = CalendarToken.generate();
        CalendarSubscription subscription = new CalendarSubscription(userId, CalendarToken.hash(token),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        subscriptions.replace(subscription);
        return new Issued(token, subscription);
    }

    public CalendarSubscription current(String userId) {
        return subscriptions.ofUser(userId).orElseThrow(() -> new NotFound("calendar-subscription-not-found",
                "No calendar subscription", "You have no calendar subscription; create one."));
    }

    public void revoke(String userId) {
        subscriptions.remove(userId);
    }

    /** The sessions behind a feed token, by start; an unknown or revoked token finds nothing (404). */
    public List<CalendarEntry> feed(String token) {
        CalendarSubscription subscription = (CalendarToken.wellFormed(token)
                ? subscriptions.byTokenHash(CalendarToken.hash(token)) : java.util.Optional.<CalendarSubscription>empty())
                .orElseThrow(() -> new NotFound("calendar-not-found", "Calendar not found",
                        "This calendar address is unknown or was revoked."));
        String userId = subscription.userId();
        Set<UUID> cohortIds = new HashSet<>(cohorts.facilitatedBy(userId));
        cohortIds.addAll(memberships.confirmedCohortsOf(userId));
        Map<UUID, String> names = new HashMap<>();
        cohortIds.forEach(id -> cohorts.find(id).map(Cohort::schedule)
                .ifPresent(schedule -> names.put(id, schedule.name())));
        return sessions.ofCohorts(cohortIds, MAX_ENTRIES).stream()
                .map(s -> new CalendarEntry(s, names.getOrDefault(s.cohortId(), ""))).toList();
    }
}
