package nl.koers.web.facilitation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import nl.koers.web.cohort.MyCohorts.MyCohort;
import nl.koers.web.cohort.MyCohorts;
import nl.koers.web.facilitation.FacilitationModels.Attendance;
import nl.koers.web.facilitation.FacilitationModels.Case;
import nl.koers.web.facilitation.FacilitationModels.Feedback;
import nl.koers.web.facilitation.FacilitationModels.Intervention;
import nl.koers.web.facilitation.FacilitationModels.ParticipantAttendance;
import nl.koers.web.facilitation.FacilitationModels.Question;
import nl.koers.web.facilitation.FacilitationModels.Reflection;
import nl.koers.web.facilitation.FacilitationModels.Roster;
import nl.koers.web.facilitation.FacilitationModels.RosterEntry;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * What the facilitator's pages read from the API, as the signed-in facilitator. Lists are read page by page
 * (100 at a time, the API's largest page) until the API says there are no more, so a large cohort is shown
 * whole. What a facilitator may see is the services' decision; nothing here filters what they answer.
 */
@Component
class FacilitationApi {

    static final int PAGE_SIZE = KoersApi.LARGEST_PAGE;

    private static final ParameterizedTypeReference<Page<MyCohort>> COHORTS = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<RosterEntry>> ROSTER = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<ParticipantAttendance>> ATTENDANCE = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<Question>> QUESTIONS = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<Reflection>> REFLECTIONS = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<Case>> CASES = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<Intervention>> INTERVENTIONS = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<Feedback>> FEEDBACK = new ParameterizedTypeReference<>() { };

    private final KoersApi api;

    FacilitationApi(KoersApi api) {
        this.api = api;
    }

    /** My cohorts in which I am a facilitator, earliest start first as the API gives them. */
    List<MyCohort> cohortsIFacilitate() {
        return api.getAll(COHORTS, "/api/cohorts/mine?size=" + PAGE_SIZE + "&page={page}").stream()
                .filter(MyCohort::facilitating).toList();
    }

    /** Everyone still on the roster (the API leaves the withdrawn out). */
    Roster roster(UUID cohortId) {
        return Roster.of(api.getAll(ROSTER, "/api/cohorts/{id}/participants?size=" + PAGE_SIZE + "&page={page}", cohortId));
    }

    /** The cohort's confirmed participants, those who completed it included: who is on an attendance sheet. */
    List<RosterEntry> confirmedParticipants(UUID cohortId) {
        Map<String, RosterEntry> confirmed = new LinkedHashMap<>();
        for (String status : List.of("CONFIRMED", "COMPLETED")) {
            api.getAll(ROSTER, "/api/cohorts/{id}/participants?status={status}&size=" + PAGE_SIZE + "&page={page}", cohortId, status)
                    .forEach(entry -> confirmed.putIfAbsent(entry.participantId(), entry));
        }
        return List.copyOf(confirmed.values());
    }

    List<ParticipantAttendance> attendanceOfCohort(UUID cohortId) {
        return api.getAll(ATTENDANCE, "/api/cohorts/{id}/attendance?size=" + PAGE_SIZE + "&page={page}", cohortId);
    }

    Attendance attendanceOfSession(UUID sessionId) {
        return api.get(Attendance.class, "/api/sessions/{id}/attendance", sessionId);
    }

    List<Question> questions(UUID cohortId) {
        return api.getAll(QUESTIONS, "/api/development-questions?cohortId={id}&size=" + PAGE_SIZE + "&page={page}", cohortId);
    }

    List<Reflection> reflections(UUID cohortId) {
        return api.getAll(REFLECTIONS, "/api/reflections?cohortId={id}&size=" + PAGE_SIZE + "&page={page}", cohortId);
    }

    List<Case> cases(UUID cohortId) {
        return api.getAll(CASES, "/api/cases?cohortId={id}&size=" + PAGE_SIZE + "&page={page}", cohortId);
    }

    List<Intervention> interventions(UUID cohortId) {
        return api.getAll(INTERVENTIONS, "/api/interventions?cohortId={id}&size=" + PAGE_SIZE + "&page={page}", cohortId);
    }

    List<Feedback> feedbackOn(UUID interventionId) {
        return api.getAll(FEEDBACK, "/api/interventions/{id}/feedback?size=" + PAGE_SIZE + "&page={page}", interventionId);
    }

    /** Every page of a list; {@code uri} ends in {@code page={page}}, filled in after {@code variables}. */
}
