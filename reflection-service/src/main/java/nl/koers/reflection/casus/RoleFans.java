package nl.koers.reflection.casus;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.koers.events.DomainEvent;

/** Where the roles organisers define per cohort are kept. */
public interface RoleFans {

    Optional<CohortRoles> find(UUID cohortId);

    /**
     * Stores the roles, with {@code events} in the same write, if the stored ones are still at {@code version - 1}
     * (or absent for version 1).
     */
    boolean save(CohortRoles roles, List<? extends DomainEvent> events);
}
