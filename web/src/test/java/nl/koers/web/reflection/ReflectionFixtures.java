package nl.koers.web.reflection;

import nl.koers.web.ApiStandIn;

/**
 * The answers the reflection page tests share, in the shapes trajectory-service and reflection-service
 * write them (their view records): a cohort of the NCP EQAVET trajectory with two sessions.
 */
public final class ReflectionFixtures {

    public static final String COHORT = "11111111-1111-1111-1111-111111111111";
    public static final String TRAJECTORY = "33333333-3333-3333-3333-333333333333";
    public static final String SESSION_1 = "44444444-4444-4444-4444-444444444441";
    public static final String SESSION_2 = "44444444-4444-4444-4444-444444444442";

    private ReflectionFixtures() {
    }

    /** {@code GET /api/cohorts/{id}}, {@code GET /api/trajectories/{id}} and the cohort's sessions. */
    public static void cohortWithSessions(ApiStandIn api) {
        api.json("GET", "/api/cohorts/" + COHORT, 200, """
                {"id":"%s","trajectoryId":"%s","name":"Groep 1","capacity":12,"startsOn":"2027-01-15","endsOn":"2027-06-30",
                "enrolmentOpensAt":"2026-11-01T08:00:00Z","enrolmentClosesAt":"2027-01-08T17:00:00Z","facilitatorIds":["facilitator1"],
                "status":"RUNNING","version":3}""".formatted(COHORT, TRAJECTORY));
        api.json("GET", "/api/trajectories/" + TRAJECTORY, 200, """
                {"id":"%s","title":"Onderwijskundig leiderschap","description":"Vier bijeenkomsten","organiser":"NCP EQAVET",
                "coalitionIds":[],"sessionBlueprint":[],"createdAt":"2026-10-01T08:00:00Z","createdBy":"organiser1"}""".formatted(TRAJECTORY));
        api.json("GET", "/api/cohorts/" + COHORT + "/sessions", 200, """
                {"items":[
                 {"id":"%s","cohortId":"%s","sequence":1,"title":"Je ontwikkelvraag","startsAt":"2027-01-15T12:30:00Z","endsAt":"2027-01-15T16:00:00Z","status":"SCHEDULED"},
                 {"id":"%s","cohortId":"%s","sequence":2,"title":"Rollen en kwaliteitscultuur","startsAt":"2027-02-12T12:30:00Z","endsAt":"2027-02-12T16:00:00Z","status":"SCHEDULED"}],
                "page":0,"size":50,"totalItems":2,"totalPages":1}""".formatted(SESSION_1, COHORT, SESSION_2, COHORT));
    }

    /** {@code GET /api/cohorts/mine}: participant in Groep 1 with a confirmed seat. */
    public static void myCohorts(ApiStandIn api) {
        api.json("GET", "/api/cohorts/mine", 200, """
                {"items":[{"id":"%s","trajectoryId":"%s","trajectoryTitle":"Onderwijskundig leiderschap","organiser":"NCP EQAVET",
                "name":"Groep 1","capacity":12,"startsOn":"2027-01-15","endsOn":"2027-06-30","facilitatorIds":["facilitator1"],
                "status":"RUNNING","version":3,"myRole":"PARTICIPANT","rosterStatus":"CONFIRMED"}],
                "page":0,"size":100,"totalItems":1,"totalPages":1}""".formatted(COHORT, TRAJECTORY));
    }
}
