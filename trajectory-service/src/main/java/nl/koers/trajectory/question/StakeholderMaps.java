package nl.koers.trajectory.question;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/** Where stakeholder maps are kept, one per development question. */
public interface StakeholderMaps {

    Optional<StakeholderMap> find(UUID questionId);

    /**
     * Stores the map with its pending events if the stored one is still at {@code expectedVersion} (0: none
     * stored yet).
     *
     * @return false when someone else saved it first
     */
    boolean save(StakeholderMap map, long expectedVersion);

    /** Deletes the maps of these questions, stakeholders and all. */
    void deleteAll(Collection<UUID> questionIds);
}
