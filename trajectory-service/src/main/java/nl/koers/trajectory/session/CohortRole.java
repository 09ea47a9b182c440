package nl.koers.trajectory.session;

import nl.koers.trajectory.cohort.Cohort;
import nl.koers.trajectory.roster.CohortMemberships;

/** How a viewer stands towards one cohort, which decides what they see of its sessions and attendance. */
public enum CohortRole {
    MANAGER, FACILITATOR, PARTICIPANT, NONE;

    static CohortRole of(Cohort cohort, SessionViewer viewer, CohortMemberships memberships) {
        if (viewer.manages()) {
            return MANAGER;
        }
        if (cohort.isFacilitatedBy(viewer.userId())) {
            return FACILITATOR;
        }
        return memberships.isConfirmed(cohort.id(), viewer.userId()) ? PARTICIPANT : NONE;
    }

    /** Managers and the cohort's facilitators run it: they take attendance and see everyone's. */
    boolean runsCohort() {
        return this == MANAGER || this == FACILITATOR;
    }
}
