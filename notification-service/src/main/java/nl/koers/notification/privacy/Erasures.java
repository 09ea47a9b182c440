package nl.koers.notification.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.events.DomainEvent;

/**
 * The record of each erasure and each cohort's expiry in this service: what makes a redelivered request
 * recognisable, and whose outbox carries the announcement that the work is done. It holds no participant id.
 */
public interface Erasures {

    /** Starts erasure {@code erasureId}; true when it had finished before (a redelivered request). */
    boolean begin(UUID erasureId, Instant now);

    /** Marks the erasure finished and writes its events, in one update. */
    void finish(UUID erasureId, Instant at, List<? extends DomainEvent> events);

    /** Writes more events into a finished erasure's outbox: the answer to a redelivered request. */
    void announce(UUID erasureId, List<? extends DomainEvent> events);

    /** Starts the expiry of a cohort's personal data; false when it finished before. */
    boolean beginExpiry(UUID cohortId, Instant now);

    /** Marks the expiry finished and writes its events, in one update. */
    void finishExpiry(UUID cohortId, Instant at, List<? extends DomainEvent> events);
}
