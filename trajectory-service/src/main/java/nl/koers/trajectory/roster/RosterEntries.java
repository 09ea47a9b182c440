package nl.koers.trajectory.roster;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.web.PageView;

/** The roster projection's store. Every write is version-checked, so redelivered and reordered events are safe. */
public interface RosterEntries {

    /**
     * Keeps {@code entry} unless a copy at the same or a higher roster version is already stored.
     *
     * @return whether it was kept
     */
    boolean record(RosterEntry entry);

    /** Shows {@code profile} on all the participant's entries, unless a newer profile is already shown. */
    void recordProfile(ParticipantProfile profile);

    /** One page of a cohort's entries in the given statuses, by display name. */
    PageView<RosterEntry> ofCohort(UUID cohortId, Set<RosterStatus> statuses, int page, int size);

    /**
     * Every cohort whose roster the participant is on, in any status, with where they stand now: of several
     * enrolments in one cohort (withdrawn, then enrolled again) the latest, by roster version.
     */
    Map<UUID, RosterStatus> currentStatusesOf(String participantId);
}
