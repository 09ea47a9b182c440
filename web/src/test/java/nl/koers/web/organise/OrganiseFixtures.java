package nl.koers.web.organise;

import java.util.Map;
import nl.koers.web.ApiStandIn;

/**
 * The API's answers the organiser's page tests set up, as trajectory-service, enrolment-service and
 * reflection-service write them: the NCP EQAVET trajectory with a blueprint of two sessions, one cohort of it,
 * its sessions and roster.
 */
final class OrganiseFixtures {

    static final String TRAJECTORY = "30000000-0000-0000-0000-000000000001";
    static final String COHORT = "40000000-0000-0000-0000-000000000001";
    static final String SESSION_1 = "50000000-0000-0000-0000-000000000001";
    static final String SESSION_2 = "50000000-0000-0000-0000-000000000002";
    static final String INSTRUMENT = "60000000-0000-0000-0000-000000000001";
    static final String MISSING = "99999999-0000-0000-0000-000000000099";

    static final String TITLE = "Betere kwaliteitsborging door sterker onderwijskundig leiderschap in het mbo";
    static final String EMPTY_PAGE = "{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0,\"totalPages\":0}";

    private OrganiseFixtures() {
    }

    static String trajectoryJson(long version) {
        return """
                {"id":"%s","title":"%s","description":"Ontwikkeltraject met de coalitie Teams aan zet.",
                 "organiser":"NCP EQAVET","coalitionIds":["teams-aan-zet"],
                 "sessionBlueprint":[
                  {"sequence":1,"title":"Ontwikkelvragen verdiepen","theme":"Interviews en de stakeholdermap",
                   "agenda":[{"workForm":"INTERVIEW","title":"Elkaar interviewen","minutes":60,"instrumentId":null},
                             {"workForm":"STAKEHOLDER_MAP","title":"","minutes":60,"instrumentId":null}]},
                  {"sequence":2,"title":"Rollen en kwaliteitscultuur","theme":"",
                   "agenda":[{"workForm":"ROLE_FAN","title":"Tien inzichten, vier rollen","minutes":90,"instrumentId":"%s"}]}],
                 "createdAt":"2026-09-01T10:00:00Z","createdBy":"organiser","version":%d}"""
                .formatted(TRAJECTORY, TITLE, INSTRUMENT, version);
    }

    static void trajectory(ApiStandIn api, long version) {
        api.json("GET", "/api/trajectories/" + TRAJECTORY, 200, trajectoryJson(version),
                Map.of("ETag", "\"" + version + "\""));
    }

    static void instruments(ApiStandIn api) {
        api.json("GET", "/api/instruments", 200, """
                {"items":[{"id":"%s","kind":"CARD_SET","title":"Rollenwaaier","description":"","cards":[],"steps":[],
                  "createdBy":"organiser","createdAt":"2026-08-01T10:00:00Z"}],"page":0,"size":100,"totalItems":1,"totalPages":1}"""
                .formatted(INSTRUMENT));
    }

    static String cohortJson(String status, long version) {
        return """
                {"id":"%s","trajectoryId":"%s","name":"Groep Utrecht voorjaar 2027","capacity":6,"startsOn":"2027-01-15",
                 "endsOn":"2027-06-30","enrolmentOpensAt":null,"enrolmentClosesAt":"2027-01-10T16:00:00Z",
                 "facilitatorIds":["facilitator"],"status":"%s","version":%d}""".formatted(COHORT, TRAJECTORY, status, version);
    }

    static void cohort(ApiStandIn api, String status, long version) {
        api.json("GET", "/api/cohorts/" + COHORT, 200, cohortJson(status, version), Map.of("ETag", "\"" + version + "\""));
    }

    static void seats(ApiStandIn api, int confirmed, int waitlisted) {
        api.json("GET", "/api/enrolments/seats", 200, """
                {"items":[{"cohortId":"%s","capacity":6,"confirmed":%d,"seatsLeft":%d,"waitlisted":%d,"openForEnrolment":true}],
                 "page":0,"size":1,"totalItems":1,"totalPages":1}""".formatted(COHORT, confirmed, Math.max(0, 6 - confirmed), waitlisted));
    }

    static String sessionJson(String id, int sequence, String status, long version) {
        return """
                {"id":"%s","cohortId":"%s","trajectoryId":"%s","sequence":%d,"title":"%s","theme":"",
                 "startsAt":"2027-0%d-15T12:30:00Z","endsAt":"2027-0%d-15T16:30:00Z","place":"Utrecht","onlineLink":null,
                 "agenda":[{"workForm":"INTERVIEW","title":"","minutes":120,"instrumentId":null}],"agendaMinutes":120,
                 "status":"%s","version":%d}"""
                .formatted(id, COHORT, TRAJECTORY, sequence, sequence == 1 ? "Ontwikkelvragen verdiepen" : "Rollen en kwaliteitscultuur",
                        sequence + 1, sequence + 1, status, version);
    }

    static void sessions(ApiStandIn api) {
        api.json("GET", "/api/cohorts/" + COHORT + "/sessions", 200, """
                {"items":[%s,%s],"page":0,"size":100,"totalItems":2,"totalPages":1}"""
                .formatted(sessionJson(SESSION_1, 1, "SCHEDULED", 3), sessionJson(SESSION_2, 2, "CANCELLED", 2)));
    }

    static void session(ApiStandIn api, String id, int sequence, String status, long version) {
        api.json("GET", "/api/sessions/" + id, 200, sessionJson(id, sequence, status, version),
                Map.of("ETag", "\"" + version + "\""));
    }

    /** One enrolment as enrolment-service lists it to an organiser, motivation included. */
    static String enrolment(String participant, String name, String status, Integer position) {
        return """
                {"id":"e0000000-0000-0000-0000-0000000000%s","cohortId":"%s","participantId":"%s","displayName":"%s",
                 "institution":"ROC Midden Nederland","status":"%s","waitlistPosition":%s,
                 "motivation":"Mijn geheime motivatie van %s","enrolledAt":"2026-11-02T09:15:00Z","updatedAt":"2026-11-03T10:00:00Z"}"""
                .formatted(participant.replaceAll("\\D", "").isEmpty() ? "00" : String.format("%02d", Integer.parseInt(participant.replaceAll("\\D", "")) % 100),
                        COHORT, participant, name, status, position == null ? "null" : position.toString(), participant);
    }

    /**
     * A form post with these fields, where {@code overrides} (name, value, name, value...) replace or add fields:
     * MockMvc's {@code param} adds a second value instead of replacing the first.
     */
    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Map<String, String> fields,
            String... overrides) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            all.put(overrides[i], overrides[i + 1]);
        }
        all.forEach(request::param);
        return request;
    }

    static String page(int page, int totalPages, long totalItems, String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"page\":" + page + ",\"size\":100,\"totalItems\":" + totalItems
                + ",\"totalPages\":" + totalPages + "}";
    }
}
