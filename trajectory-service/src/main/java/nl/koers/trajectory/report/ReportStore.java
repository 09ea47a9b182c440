package nl.koers.trajectory.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where the report projections are read: cohort summaries and which coalitions own which trajectory. */
public interface ReportStore {

    Optional<CohortSummary> cohort(String cohortId);

    /** The coalitions owning a trajectory; empty when its creation has not arrived (or it has none). */
    Set<String> coalitionsOf(String trajectoryId);

    /** Whether the reports know the trajectory at all (created, or one of its cohorts seen). */
    boolean knowsTrajectory(String trajectoryId);

    /** The summaries of every cohort of these trajectories. */
    List<CohortSummary> cohortsOf(Collection<String> trajectoryIds);

    /** The precomputed total of every cohort of a trajectory; empty when none has been computed (yet). */
    Optional<Tally> trajectoryTotal(String trajectoryId);

    /**
     * The precomputed total of a coalition's cohorts that start in the school year beginning on 1 August of
     * {@code schoolYear}; empty when none has been computed (yet).
     */
    Optional<Tally> coalitionYearTotal(String coalitionId, int schoolYear);

    /**
     * The precomputed totals of these trajectories' cohorts that start in the school year beginning on 1 August of
     * {@code schoolYear}, by trajectory id; a trajectory without one (yet) is absent.
     */
    Map<String, Tally> trajectoryYearTotals(Collection<String> trajectoryIds, int schoolYear);

    /** The trajectories that list the coalition among their owners. */
    List<String> trajectoriesOf(String coalitionId);
}
