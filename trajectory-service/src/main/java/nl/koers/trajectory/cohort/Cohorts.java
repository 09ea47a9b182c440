package nl.koers.trajectory.cohort;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.koers.defaults.web.PageView;
import nl.koers.events.DomainEvent;

/** Where cohorts are kept. The roster feature reads them to decide who may see a cohort's participants. */
public interface Cohorts {

    /** Stores a new cohort together with its pending events. */
    void add(Cohort cohort);

    /**
     * Stores a changed cohort and its pending events if it is still at {@code expectedVersion}.
     *
     * @return false when someone else changed it first
     */
    boolean update(Cohort cohort, long expectedVersion);

    Optional<Cohort> find(UUID id);

    /** The cohorts that list {@code userId} among their facilitators. */
    List<UUID> facilitatedBy(String userId);

    /** A trajectory's cohorts, earliest start first. */
    PageView<Cohort> ofTrajectory(UUID trajectoryId, int page, int size);

    /** The cohorts in one status, earliest start first. */
    PageView<Cohort> inStatus(CohortStatus status, int page, int size);

    /** The cohorts with these ids, earliest start first, in one lookup; ids that are not found are absent. */
    List<Cohort> findAll(Collection<UUID> ids);

    /**
     * Completed and cancelled cohorts whose participants' personal data is still kept and that ended at or before
     * {@code endedBy}, or at a moment not stored (they ended before Koers kept it). A handful per check: a cohort
     * leaves this list once its data has expired.
     */
    List<Cohort> endedKeepingPersonalData(Instant endedBy);

    /**
     * Marks the cohort's personal data expired and stores {@code events} with the mark, in one update that
     * matches only while it is not marked yet: of several instances (or checks) only one succeeds.
     *
     * @return false when it was marked already
     */
    boolean markPersonalDataExpired(UUID id, Instant at, List<DomainEvent> events);
}
