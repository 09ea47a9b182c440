package nl.koers.enrolment.privacy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.koers.events.DomainEvent;

/** Where enrolment-service keeps its progress with each cohort's expired retention period. */
public interface CohortRetentions {

    Optional<CohortRetention> find(UUID cohortId);

    /** Stores a pending retention; false when one was stored meanwhile. */
    boolean start(CohortRetention retention);

    /**
     * Marks the retention done and forgets its participants, in one write that also sends tombstones for the
     * profiles it deleted and its audit entry. False when it was done already.
     */
    boolean finish(UUID cohortId, List<String> deletedProfiles, List<DomainEvent> events);

    String collection();
}
