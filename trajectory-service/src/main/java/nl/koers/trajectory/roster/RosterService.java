package nl.koers.trajectory.roster;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.web.PageView;
import nl.koers.trajectory.cohort.Cohort;
import nl.koers.trajectory.cohort.CohortService;
import nl.koers.trajectory.cohort.Cohorts;

/**
 * Keeps cohort rosters from enrolment events and shows them to those who run the cohort. A facilitator
 * asking for a cohort they do not facilitate is told it does not exist, so its existence does not leak.
 */
public class RosterService {

    private static final Set<RosterStatus> CURRENT = EnumSet.of(RosterStatus.CONFIRMED, RosterStatus.WAITLISTED,
            RosterStatus.COMPLETED);

    private final RosterEntries entries;
    private final Cohorts cohorts;

    public RosterService(RosterEntries entries, Cohorts cohorts) {
        this.entries = entries;
        this.cohorts = cohorts;
    }

    public boolean apply(RosterEntry entry) {
        return entries.record(entry);
    }

    public void apply(ParticipantProfile profile) {
        entries.recordProfile(profile);
    }

    /** @param status only entries in this status; null for everyone still on the roster (not withdrawn) */
    public PageView<RosterEntry> participants(UUID cohortId, RosterViewer viewer, RosterStatus status, int page,
                                              int size) {
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> CohortService.notFound(cohortId));
        if (!viewer.managesRosters() && !cohort.isFacilitatedBy(viewer.userId())) {
            throw CohortService.notFound(cohortId);
        }
        return entries.ofCohort(cohortId, status == null ? CURRENT : EnumSet.of(status), page, size);
    }
}
