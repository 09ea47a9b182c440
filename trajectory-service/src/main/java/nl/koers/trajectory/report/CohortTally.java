package nl.koers.trajectory.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns one cohort's activity into its counters. People are counted once per cohort: a participant who
 * withdrew and enrolled again counts with their furthest enrolment (completed, confirmed, waitlisted,
 * withdrawn). "Enrolled" means having held a seat; sector and institution come from the profile the enrolment
 * holds (see {@link CohortActivity}), else "unknown". A session
 * counts as held once its attendance is recorded; a question "became a team question" when it was logged
 * individual and its newest revision is TEAM.
 */
public final class CohortTally {

    static final String UNKNOWN = "unknown";
    private static final List<String> FURTHEST_FIRST = List.of("COMPLETED", "CONFIRMED", "WAITLISTED", "WITHDRAWN");

    private CohortTally() {
    }

    public static Tally of(CohortActivity cohort) {
        Map<String, Long> c = new TreeMap<>();
        boolean completedCohort = "COMPLETED".equals(cohort.status());
        c.put("cohorts", 1L);
        c.put("cohorts.completed", completedCohort ? 1L : 0L);
        participation(cohort, completedCohort, c);
        sessions(cohort, c);
        questions(cohort, c);
        interventions(cohort, c);
        c.put("reflections.written", (long) cohort.reflections().size());
        c.put("cases.analysed", (long) cohort.cases().size());
        c.put("evaluation.responses", (long) cohort.evaluationIds().size());
        cohort.ratingSums().forEach((item, sum) -> c.put("evaluation.item." + item + ".sum", sum));
        cohort.ratingCounts().forEach((item, count) -> c.put("evaluation.item." + item + ".count", count));
        return new Tally(c);
    }

    private static void participation(CohortActivity cohort, boolean completedCohort, Map<String, Long> c) {
        Map<String, List<CohortActivity.Enrolment>> byParticipant = cohort.enrolments().values().stream()
                .filter(e -> e.participantId() != null)
                .collect(Collectors.groupingBy(CohortActivity.Enrolment::participantId));
        long enrolled = 0;
        for (List<CohortActivity.Enrolment> enrolments : byParticipant.values()) {
            CohortActivity.Enrolment furthest = enrolments.stream()
                    .min(Comparator.comparingInt(e -> rank(e.status()))).orElseThrow();
            c.merge("participation." + furthest.status().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
            if (enrolments.stream().anyMatch(CohortActivity.Enrolment::seated)) {
                enrolled++;
                c.merge("sector." + orUnknown(furthest.sector()), 1L, Long::sum);
                c.merge("institution." + orUnknown(furthest.profileInstitution()), 1L, Long::sum);
            }
        }
        c.put("participation.enrolled", enrolled);
        c.put("completion.enrolled", completedCohort ? enrolled : 0L);
        c.put("completion.completed", completedCohort ? c.getOrDefault("participation.completed", 0L) : 0L);
        for (String status : FURTHEST_FIRST) {
            c.putIfAbsent("participation." + status.toLowerCase(java.util.Locale.ROOT), 0L);
        }
    }

    private static void sessions(CohortActivity cohort, Map<String, Long> c) {
        long held = 0;
        long cancelled = 0;
        long planned = 0;
        for (CohortActivity.Session s : cohort.sessions().values()) {
            if ("CANCELLED".equals(s.status())) {
                cancelled++;
            } else if (s.marked() > 0) {
                held++;
                c.merge("attendance.present", (long) s.present(), Long::sum);
                c.merge("attendance.marked", (long) s.marked(), Long::sum);
                if (s.sequence() > 0) {
                    c.merge("session." + s.sequence() + ".held", 1L, Long::sum);
                    c.merge("session." + s.sequence() + ".present", (long) s.present(), Long::sum);
                    c.merge("session." + s.sequence() + ".marked", (long) s.marked(), Long::sum);
                }
            } else {
                planned++;
            }
        }
        c.put("sessions.held", held);
        c.put("sessions.cancelled", cancelled);
        c.put("sessions.planned", planned);
    }

    private static void questions(CohortActivity cohort, Map<String, Long> c) {
        long refinements = 0;
        long becameTeam = 0;
        for (CohortActivity.Question q : cohort.questions().values()) {
            refinements += Math.max(q.revision() - 1, 0);
            if ("TEAM".equals(q.scope()) && "INDIVIDUAL".equals(q.loggedScope())) {
                becameTeam++;
            }
        }
        c.put("questions.logged", (long) cohort.questions().size());
        c.put("questions.refinements", refinements);
        c.put("questions.becameTeam", becameTeam);
    }

    private static void interventions(CohortActivity cohort, Map<String, Long> c) {
        long planned = 0;
        long carriedOut = 0;
        long feedback = 0;
        long actionPlans = 0;
        long compact = 0;
        for (CohortActivity.Intervention i : cohort.interventions().values()) {
            if (i.kind() == null) {
                continue; // feedback on an intervention whose plan has not arrived yet
            }
            planned++;
            carriedOut += i.carriedOut() ? 1 : 0;
            feedback += i.feedback() ? 1 : 0;
            actionPlans += "ACTION_PLAN".equals(i.kind()) ? 1 : 0;
            compact += "COMPACT".equals(i.kind()) ? 1 : 0;
        }
        c.put("interventions.planned", planned);
        c.put("interventions.carriedOut", carriedOut);
        c.put("interventions.withFeedback", feedback);
        c.put("interventions.actionPlans", actionPlans);
        c.put("interventions.compact", compact);
    }

    private static int rank(String status) {
        int rank = FURTHEST_FIRST.indexOf(status);
        return rank < 0 ? FURTHEST_FIRST.size() : rank;
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }
}
