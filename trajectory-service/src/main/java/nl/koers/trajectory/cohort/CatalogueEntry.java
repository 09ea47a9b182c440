package nl.koers.trajectory.cohort;

import nl.koers.trajectory.trajectory.Trajectory;

/**
 * A cohort as the catalogue offers it: with the title and organiser of its trajectory, which is what a
 * participant chooses by. Both are null in the unlikely case that the trajectory is gone.
 */
public record CatalogueEntry(Cohort cohort, String trajectoryTitle, String organiser) {

    static CatalogueEntry of(Cohort cohort, Trajectory trajectory) {
        return trajectory == null ? new CatalogueEntry(cohort, null, null)
                : new CatalogueEntry(cohort, trajectory.title(), trajectory.organiser());
    }
}
