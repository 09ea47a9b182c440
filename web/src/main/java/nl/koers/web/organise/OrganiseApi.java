package nl.koers.web.organise;

import java.util.List;
import java.util.UUID;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import nl.koers.web.api.Versioned;
import nl.koers.web.organise.OrganiseModels.Cohort;
import nl.koers.web.organise.OrganiseModels.Enrolment;
import nl.koers.web.organise.OrganiseModels.Instrument;
import nl.koers.web.organise.OrganiseModels.ParticipantAttendance;
import nl.koers.web.organise.OrganiseModels.Seats;
import nl.koers.web.organise.OrganiseModels.Session;
import nl.koers.web.organise.OrganiseModels.Trajectory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the organiser's pages read from the API, as the signed-in organiser. Whole lists are read page by page
 * (100 at a time, the API's largest page) until the API says there are no more. Who may read what is the
 * services' decision; nothing here filters their answers.
 */
@Component
class OrganiseApi {

    static final int PAGE_SIZE = KoersApi.LARGEST_PAGE;

    private static final ParameterizedTypeReference<Page<Trajectory>> TRAJECTORIES = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<Cohort>> COHORTS = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<Session>> SESSIONS = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<Instrument>> INSTRUMENTS = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<Enrolment>> ENROLMENTS = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<Seats>> SEATS = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<ParticipantAttendance>> ATTENDANCE = new ParameterizedTypeReference<>() { };

    private final KoersApi api;

    OrganiseApi(KoersApi api) {
        this.api = api;
    }

    /** A page of trajectories, newest first; only those whose title contains {@code title} when it is given. */
    Page<Trajectory> trajectories(String title, int page, int size) {
        if (title == null || title.isBlank()) {
            return api.get(TRAJECTORIES, "/api/trajectories?page={page}&size={size}", page, size);
        }
        // The title as a template variable, so the client encodes it, whatever characters it holds.
        return api.get(TRAJECTORIES, "/api/trajectories?title={title}&page={page}&size={size}", title.strip(), page, size);
    }

    Versioned<Trajectory> trajectory(UUID id) {
        return api.getVersioned(Trajectory.class, "/api/trajectories/{id}", id);
    }

    List<Cohort> cohortsOf(UUID trajectoryId) {
        return api.getAll(COHORTS, "/api/trajectories/{id}/cohorts?size=" + PAGE_SIZE + "&page={page}", trajectoryId);
    }

    Cohort cohort(UUID id) {
        return api.get(Cohort.class, "/api/cohorts/{id}", id);
    }

    List<Session> sessions(UUID cohortId) {
        return api.getAll(SESSIONS, "/api/cohorts/{id}/sessions?size=" + PAGE_SIZE + "&page={page}", cohortId);
    }

    Session session(UUID id) {
        return api.get(Session.class, "/api/sessions/{id}", id);
    }

    /** Every instrument there is, to choose one for an agenda item and to name it where it is used. */
    List<Instrument> instruments() {
        return api.getAll(INSTRUMENTS, "/api/instruments?size=" + PAGE_SIZE + "&page={page}");
    }

    /** A page of the cohort's enrolments in the order they came in; only those of {@code status} when given. */
    Page<Enrolment> enrolments(UUID cohortId, String status, int page, int size) {
        return api.get(ENROLMENTS, enrolmentsUri(cohortId, status).queryParam("page", page).queryParam("size", size)
                .build().toUriString());
    }

    /** The cohort's whole roster (or all of one status), for the CSV and for names beside attendance. */
    List<Enrolment> allEnrolments(UUID cohortId, String status) {
        return api.getAll(ENROLMENTS, enrolmentsUri(cohortId, status).queryParam("size", PAGE_SIZE).build().toUriString()
                + "&page={page}");
    }

    /** The cohort's seats; null while enrolment-service has not heard of the cohort. */
    Seats seats(UUID cohortId) {
        List<Seats> seats = api.get(SEATS, "/api/enrolments/seats?cohortId={id}", cohortId).items();
        return seats.isEmpty() ? null : seats.getFirst();
    }

    List<ParticipantAttendance> attendanceOfCohort(UUID cohortId) {
        return api.getAll(ATTENDANCE, "/api/cohorts/{id}/attendance?size=" + PAGE_SIZE + "&page={page}", cohortId);
    }

    private static UriComponentsBuilder enrolmentsUri(UUID cohortId, String status) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/enrolments").queryParam("cohortId", cohortId);
        if (status != null) {
            uri.queryParam("status", status);
        }
        return uri;
    }

    /** Every page of a list; {@code uri} ends in {@code page={page}}, filled in after {@code variables}. */
}
