package nl.koers.trajectory.privacy;

import java.util.List;
import java.util.UUID;
import nl.koers.events.DomainEvent;

/**
 * Where this service notes that it finished its part of an erasure, with the events that say so (stored and sent
 * through the outbox, so that enrolment-service hears of it even when Kafka is down at that moment).
 */
public interface ErasureReceipts {

    /** Stores the receipt of {@code erasureId} with {@code events}; a redelivered erasure sends them again. */
    void record(UUID erasureId, List<? extends DomainEvent> events);
}
