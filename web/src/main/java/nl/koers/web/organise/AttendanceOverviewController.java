package nl.koers.web.organise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.organise.OrganiseModels.Cohort;
import nl.koers.web.organise.OrganiseModels.Enrolment;
import nl.koers.web.organise.OrganiseModels.Session;
import nl.koers.web.organise.OrganiseModels.SessionAttendance;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A cohort's attendance for its organiser: per session the counts and rate, with the way to the attendance
 * sheet (the facilitators' sheet, which organisers use too), and per participant their marks and rate over the
 * sessions that took place. Counts only; names come from the cohort's roster, a part of its own.
 */
@Controller
class AttendanceOverviewController {

    /** A session with its attendance, which loads as a part of its own. */
    record SessionRow(Session session, Part<SessionAttendance> attendance) {
    }

    private final OrganiseApi organise;
    private final KoersApi api;
    private final Parts parts;

    AttendanceOverviewController(OrganiseApi organise, KoersApi api, Parts parts) {
        this.organise = organise;
        this.api = api;
        this.parts = parts;
    }

    @GetMapping("/organise/cohorts/{id}/attendance")
    String attendance(@PathVariable UUID id, Model model) {
        var sessions = parts.load(() -> organise.sessions(id));
        var perParticipant = parts.load(() -> organise.attendanceOfCohort(id));
        var roster = parts.load(() -> names(id));
        Cohort cohort = organise.cohort(id);
        var trajectory = parts.load(() -> organise.trajectory(cohort.trajectoryId()).value());
        Part<List<Session>> planned = sessions.get();
        model.addAttribute("cohort", cohort);
        model.addAttribute("trajectory", trajectory.get().value());
        model.addAttribute("sessions", planned.available() ? Part.of(withAttendance(planned.value())) : Part.missing());
        model.addAttribute("participants", perParticipant.get());
        Part<Map<String, Enrolment>> names = roster.get();
        model.addAttribute("names", names.available() ? names.value() : Map.of());
        model.addAttribute("namesUnavailable", names.unavailable());
        return "organise/attendance";
    }

    private List<SessionRow> withAttendance(List<Session> sessions) {
        var loading = sessions.stream().map(s -> Map.entry(s, parts.load(() ->
                api.get(SessionAttendance.class, "/api/sessions/{id}/attendance", s.id())))).toList();
        return loading.stream().map(e -> new SessionRow(e.getKey(), e.getValue().get())).toList();
    }

    /** Participant id to their enrolment (name, institution); empty while enrolment-service has not heard of the cohort. */
    private Map<String, Enrolment> names(UUID cohortId) {
        Map<String, Enrolment> byParticipant = new HashMap<>();
        try {
            organise.allEnrolments(cohortId, null).forEach(e -> byParticipant.putIfAbsent(e.participantId(), e));
        } catch (ApiProblem problem) {
            if (!problem.isNotFound()) {
                throw problem;
            }
        }
        return byParticipant;
    }
}
