package nl.koers.reflection.casus;

import java.util.Optional;
import java.util.UUID;

/** Where the roles organisers define per cohort are kept. */
public interface RoleFans {

    Optional<CohortRoles> find(UUID cohortId);

    /** Stores the roles if the stored ones are still at {@code version - 1} (or absent for version 1). */
    boolean save(CohortRoles roles);
}
