package nl.koers.trajectory.report;

import java.time.LocalDate;

/** One cohort's precomputed counters with what a report selects it by: its trajectory and start date. */
public record CohortSummary(String cohortId, String trajectoryId, LocalDate startsOn, Tally tally) {
}
