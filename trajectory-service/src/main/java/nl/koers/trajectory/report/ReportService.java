package nl.koers.trajectory.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.koers.defaults.problem.NotFound;

/**
 * The report use cases: read the precomputed total a report covers (a trajectory's, or a coalition's for a
 * school year) or, for any other period or before a total exists, add up the cohort summaries it covers, with the
 * parts it is made of (a trajectory's cohorts, a coalition's trajectories); then apply the reader's suppression. A report the reader may not read answers as if it did not exist (404), like every
 * other record here, so a coalition user cannot probe for other coalitions' trajectories.
 */
public class ReportService {

    private final ReportStore store;
    private final Clock clock;

    public ReportService(ReportStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public OutcomeReport cohort(String cohortId, ReportViewer viewer) {
        CohortSummary summary = store.cohort(cohortId)
                .filter(s -> s.trajectoryId() != null && viewer.mayRead(store.coalitionsOf(s.trajectoryId())))
                .orElseThrow(() -> notFound("cohort", cohortId));
        return OutcomeReport.of(OutcomeReport.Scope.COHORT, cohortId, null, null, summary.tally(),
                Map.of(cohortId, summary.tally()), viewer.suppression());
    }

    public OutcomeReport trajectory(String trajectoryId, ReportViewer viewer) {
        if (!store.knowsTrajectory(trajectoryId) || !viewer.mayRead(store.coalitionsOf(trajectoryId))) {
            throw notFound("trajectory", trajectoryId);
        }
        List<CohortSummary> cohorts = store.cohortsOf(List.of(trajectoryId));
        Tally total = store.trajectoryTotal(trajectoryId).orElseGet(() ->
                Tally.sum(cohorts.stream().map(CohortSummary::tally).toList()));
        Map<String, Tally> perCohort = new HashMap<>();
        cohorts.forEach(c -> perCohort.put(c.cohortId(), c.tally()));
        return OutcomeReport.of(OutcomeReport.Scope.TRAJECTORY, trajectoryId, null, null, total, perCohort,
                viewer.suppression());
    }

    public OutcomeReport coalition(String coalitionId, LocalDate from, LocalDate to, ReportViewer viewer) {
        ReportPeriod period = ReportPeriod.of(from, to, LocalDate.now(clock));
        if (!viewer.mayRead(Set.of(coalitionId))) {
            throw notFound("coalition", coalitionId);
        }
        // A school year is precomputed per coalition and per trajectory; any other period (or a school year before
        // its totals exist) adds up the cohorts' summaries.
        ReportPeriod schoolYear = ReportPeriod.schoolYearOf(period.from());
        List<String> trajectoryIds = store.trajectoriesOf(coalitionId);
        Optional<Tally> precomputed = schoolYear.equals(period)
                ? store.coalitionYearTotal(coalitionId, schoolYear.from().getYear()) : Optional.empty();
        Tally total;
        Map<String, Tally> perTrajectory;
        if (precomputed.isPresent()) {
            total = precomputed.get();
            perTrajectory = store.trajectoryYearTotals(trajectoryIds, schoolYear.from().getYear());
        } else {
            Map<String, List<Tally>> byTrajectory = new HashMap<>();
            store.cohortsOf(trajectoryIds).stream().filter(c -> period.contains(c.startsOn()))
                    .forEach(c -> byTrajectory.computeIfAbsent(c.trajectoryId(), t -> new ArrayList<>()).add(c.tally()));
            perTrajectory = new HashMap<>();
            byTrajectory.forEach((trajectoryId, tallies) -> perTrajectory.put(trajectoryId, Tally.sum(tallies)));
            total = Tally.sum(List.copyOf(perTrajectory.values()));
        }
        return OutcomeReport.of(OutcomeReport.Scope.COALITION, coalitionId, period.from(), period.to(), total,
                perTrajectory, viewer.suppression());
    }

    private static NotFound notFound(String what, String id) {
        return new NotFound("report-not-found", "Report not found",
                "There is no " + what + " report " + id + " for you (yet: reports follow events within seconds).");
    }
}
