package nl.koers.web.report;

import nl.koers.web.ApiStandIn;

/**
 * The answers the report page tests share, in the shapes trajectory-service and reflection-service write them
 * (ReportView with ReportFigure, TrajectoryView, CohortView, the evaluation FormView): the coalition teams-aan-zet
 * with two trajectories the trajectory list knows and one it does not (known to the reports from events only).
 */
final class ReportFixtures {

    static final String COALITION = "teams-aan-zet";
    static final String TRAJECTORY = "70000000-0000-0000-0000-000000000001";
    static final String OTHER_TRAJECTORY = "70000000-0000-0000-0000-000000000002";
    /** In the coalition report's completion map, unknown to the trajectory list. */
    static final String UNLISTED_TRAJECTORY = "7abcdef0-0000-0000-0000-000000000003";
    static final String COHORT = "c0000000-0000-0000-0000-000000000001";
    static final String RUNNING_COHORT = "c0000000-0000-0000-0000-000000000002";

    private ReportFixtures() {
    }

    /**
     * A coalition user's coalition report: small groups suppressed (waitlisted, withdrawn, a sector, a session's
     * attendance, a trajectory's completion), the rest shown; evaluation items with keys the trajectories label.
     */
    static String coalitionReport(String from, String to) {
        return """
                {"scope":"COALITION","id":"teams-aan-zet","from":"%s","to":"%s","aggregatesOnly":true,"minimumGroupSize":5,
                 "cohorts":{"total":3,"completed":2,
                   "completionRatePerCohort":{},
                   "completionRatePerTrajectory":{"%s":0.8333,"%s":{"suppressed":true},"%s":0.9}},
                 "participation":{"enrolled":23,"confirmed":6,"waitlisted":{"suppressed":true},"withdrawn":{"suppressed":true},
                   "completed":15,"completionRate":0.7895,
                   "bySector":{"MBO":18,"other":{"suppressed":true}},
                   "byInstitution":{"ROC Midden Nederland":9,"Albeda":7,"other":7}},
                 "sessions":{"held":7,"cancelled":1,"planned":4,"attendanceRate":0.8571,
                   "attendanceRatePerSession":{"1":0.9,"2":0.85,"3":{"suppressed":true}}},
                 "developmentQuestions":{"logged":21,"averageRefinements":1.43,"becameTeamQuestions":8,"teamQuestionShare":0.381},
                 "interventions":{"planned":17,"carriedOut":11,"withFeedback":9,"actionPlans":10,"compact":7},
                 "reflections":{"written":54,"casesAnalysed":{"suppressed":true}},
                 "evaluation":{"responses":14,"averagePerItem":{"overall":4.21,"relevance":4.5,"zelfgemaakt":3.8}}}"""
                .formatted(from, to, TRAJECTORY, OTHER_TRAJECTORY, UNLISTED_TRAJECTORY);
    }

    /** An organiser's trajectory report: nothing suppressed; one of its two cohorts completed. */
    static String trajectoryReport() {
        return """
                {"scope":"TRAJECTORY","id":"%s","from":null,"to":null,"aggregatesOnly":false,"minimumGroupSize":5,
                 "cohorts":{"total":2,"completed":1,"completionRatePerCohort":{"%s":0.75},"completionRatePerTrajectory":{}},
                 "participation":{"enrolled":16,"confirmed":8,"waitlisted":0,"withdrawn":2,"completed":6,"completionRate":0.75,
                   "bySector":{"MBO":14,"HBO":2},"byInstitution":{"ROC Midden Nederland":9,"Albeda":7}},
                 "sessions":{"held":4,"cancelled":0,"planned":4,"attendanceRate":0.8,
                   "attendanceRatePerSession":{"1":0.8,"2":0.75,"3":0.9,"4":0.75}},
                 "developmentQuestions":{"logged":8,"averageRefinements":2.0,"becameTeamQuestions":3,"teamQuestionShare":0.375},
                 "interventions":{"planned":8,"carriedOut":5,"withFeedback":6,"actionPlans":5,"compact":3},
                 "reflections":{"written":30,"casesAnalysed":6},
                 "evaluation":{"responses":6,"averagePerItem":{"relevance":4.33}}}""".formatted(TRAJECTORY, COHORT);
    }

    static String cohortReport() {
        return """
                {"scope":"COHORT","id":"%s","from":null,"to":null,"aggregatesOnly":true,"minimumGroupSize":5,
                 "cohorts":{"total":1,"completed":1,"completionRatePerCohort":{"%s":{"suppressed":true}},"completionRatePerTrajectory":{}},
                 "participation":{"enrolled":{"suppressed":true},"confirmed":{"suppressed":true},"waitlisted":{"suppressed":true},
                   "withdrawn":{"suppressed":true},"completed":{"suppressed":true},"completionRate":{"suppressed":true},
                   "bySector":{"other":{"suppressed":true}},"byInstitution":{"other":{"suppressed":true}}},
                 "sessions":{"held":4,"cancelled":0,"planned":0,"attendanceRate":{"suppressed":true},"attendanceRatePerSession":{}},
                 "developmentQuestions":{"logged":{"suppressed":true},"averageRefinements":null,"becameTeamQuestions":{"suppressed":true},
                   "teamQuestionShare":null},
                 "interventions":{"planned":{"suppressed":true},"carriedOut":{"suppressed":true},"withFeedback":{"suppressed":true},
                   "actionPlans":{"suppressed":true},"compact":{"suppressed":true}},
                 "reflections":{"written":{"suppressed":true},"casesAnalysed":{"suppressed":true}},
                 "evaluation":{"responses":{"suppressed":true},"averagePerItem":{}}}""".formatted(COHORT, COHORT);
    }

    /** The coalition's trajectories as the trajectory list gives them (one of another coalition slips in). */
    static void coalitionTrajectories(ApiStandIn api) {
        api.json("GET", "/api/trajectories", 200, """
                {"items":[
                 {"id":"%s","title":"Onderwijskundig leiderschap in het mbo","description":"","organiser":"NCP EQAVET",
                  "coalitionIds":["teams-aan-zet"],"sessionBlueprint":[],"createdAt":"2026-09-01T10:00:00Z","createdBy":"organiser","version":1},
                 {"id":"%s","title":"Data en uitval","description":"","organiser":"NCP EQAVET",
                  "coalitionIds":["teams-aan-zet","data"],"sessionBlueprint":[],"createdAt":"2026-09-02T10:00:00Z","createdBy":"organiser","version":1},
                 {"id":"70000000-0000-0000-0000-000000000009","title":"Niet van deze coalitie","description":"","organiser":"NCP EQAVET",
                  "coalitionIds":["onderwijsinnovatie"],"sessionBlueprint":[],"createdAt":"2026-09-03T10:00:00Z","createdBy":"organiser","version":1}],
                 "page":0,"size":100,"totalItems":3,"totalPages":1}""".formatted(TRAJECTORY, OTHER_TRAJECTORY));
        api.json("GET", "/api/evaluations/items/" + TRAJECTORY, 200, """
                {"trajectoryId":"%s","version":0,"items":[{"key":"relevance","label":"Relevantie voor mijn eigen ontwikkelvraag"},
                 {"key":"overall","label":"Het traject als geheel"}]}""".formatted(TRAJECTORY));
        api.problem("GET", "/api/evaluations/items/" + OTHER_TRAJECTORY, 503, "service-unavailable", "away", null);
    }

    static void trajectory(ApiStandIn api) {
        api.json("GET", "/api/trajectories/" + TRAJECTORY, 200, """
                {"id":"%s","title":"Onderwijskundig leiderschap in het mbo","description":"Vier bijeenkomsten.",
                 "organiser":"NCP EQAVET","coalitionIds":["teams-aan-zet"],"sessionBlueprint":[],
                 "createdAt":"2026-09-01T10:00:00Z","createdBy":"organiser","version":3}""".formatted(TRAJECTORY));
        api.json("GET", "/api/trajectories/" + TRAJECTORY + "/cohorts", 200, """
                {"items":[
                 {"id":"%s","trajectoryId":"%s","name":"Groep najaar 2026","capacity":12,"startsOn":"2026-09-15","endsOn":"2027-01-30",
                  "facilitatorIds":["facilitator"],"status":"COMPLETED","version":6},
                 {"id":"%s","trajectoryId":"%s","name":"Groep voorjaar 2027","capacity":12,"startsOn":"2027-02-15","endsOn":"2027-06-30",
                  "facilitatorIds":["facilitator"],"status":"OPEN","version":2}],
                 "page":0,"size":100,"totalItems":2,"totalPages":1}""".formatted(COHORT, TRAJECTORY, RUNNING_COHORT, TRAJECTORY));
        api.json("GET", "/api/evaluations/items/" + TRAJECTORY, 200, """
                {"trajectoryId":"%s","version":2,"items":[{"key":"relevance","label":"Relevantie voor mijn eigen ontwikkelvraag"}]}"""
                .formatted(TRAJECTORY));
    }

    static void cohort(ApiStandIn api) {
        api.json("GET", "/api/cohorts/" + COHORT, 200, """
                {"id":"%s","trajectoryId":"%s","name":"Groep najaar 2026","capacity":12,"startsOn":"2026-09-15","endsOn":"2027-01-30",
                 "facilitatorIds":["facilitator"],"status":"COMPLETED","version":6}""".formatted(COHORT, TRAJECTORY));
    }
}
