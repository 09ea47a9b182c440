package nl.koers.trajectory.roster;

import java.util.List;
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

    /**
     * Shows {@code profile} on all the participant's entries, unless a newer profile is already shown. The only
     * source of an entry's name and institution: an entry stored before its profile arrived shows neither.
     */
    void recordProfile(ParticipantProfile profile);

    /** One page of a cohort's entries in the given statuses, by display name. */
    PageView<RosterEntry> ofCohort(UUID cohortId, Set<RosterStatus> statuses, int page, int size);

    /**
     * Every cohort whose roster the participant is on, in any status, with where they stand now: of several
     * enrolments in one cohort (withdrawn, then enrolled again) the latest, by roster version.
     */
    Map<UUID, RosterStatus> currentStatusesOf(String participantId);

    /** Every entry of the participant, in any status and cohort: what they may read back of themselves. */
    List<RosterEntry> ofParticipant(String participantId);

    /**
     * Erasure: every entry of the participant names {@code formerId} instead and shows no name or institution,
     * so the roster still counts the seat; their stored profile is deleted.
     *
     * @return the cohorts the participant was on the roster of
     */
    Set<UUID> eraseParticipant(String participantId, String formerId);

    /**
     * Retention: every entry of the cohort names a former id instead of its participant (one per participant)
     * and shows no name or institution; a stored profile of someone left with no named entry is deleted.
     *
     * @return the former id each participant got
     */
    Map<String, String> expireCohort(UUID cohortId);
}
