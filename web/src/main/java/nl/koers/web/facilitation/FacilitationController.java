package nl.koers.web.facilitation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.api.ServiceUnavailable;
import nl.koers.web.cohort.CohortModels.Session;
import nl.koers.web.cohort.Cohorts;
import nl.koers.web.facilitation.FacilitationModels.Attendance;
import nl.koers.web.facilitation.FacilitationModels.Roster;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The facilitator's (begeleider's) overview: the cohorts I facilitate, and per cohort its sessions with their
 * attendance, the attendance per participant, and what participants shared with facilitators or the cohort.
 * The page's parts come from two services and load at the same time; a service that is away blanks only its
 * own parts. Whether I may see a cohort, and what of its participants' work, is the services' decision: a
 * cohort I do not facilitate answers "not found".
 */
@Controller
class FacilitationController {

    /** A session with its attendance (its rate, once recorded), which loads as a part of its own. */
    record SessionRow(Session session, Part<Attendance> attendance) {
    }

    private final FacilitationApi facilitation;
    private final Cohorts cohorts;
    private final Parts parts;

    FacilitationController(FacilitationApi facilitation, Cohorts cohorts, Parts parts) {
        this.facilitation = facilitation;
        this.cohorts = cohorts;
        this.parts = parts;
    }

    @GetMapping("/facilitation")
    String myCohorts(Model model) {
        model.addAttribute("cohorts", parts.load(facilitation::cohortsIFacilitate).get());
        return "facilitation/cohorts";
    }

    @GetMapping("/facilitation/cohorts/{id}")
    String cohort(@PathVariable UUID id, Model model) {
        var cohort = parts.load(() -> cohorts.get(id));
        var sessions = parts.load(() -> cohorts.sessions(id));
        var roster = parts.load(() -> facilitation.roster(id));
        var attendance = parts.load(() -> facilitation.attendanceOfCohort(id));
        var questions = parts.load(() -> facilitation.questions(id));
        var reflections = parts.load(() -> facilitation.reflections(id));
        var cases = parts.load(() -> facilitation.cases(id));
        var interventions = parts.load(() -> facilitation.interventions(id));

        // The cohort itself decides whether the page exists: not found (or away) is the whole page's answer.
        Part<?> header = cohort.get();
        if (header.unavailable()) {
            throw new ServiceUnavailable("trajectory-service did not answer", null);
        }
        model.addAttribute("cohort", header.value());
        model.addAttribute("cohortId", id);

        Part<List<Session>> held = sessions.get();
        model.addAttribute("sessions", held.available() ? Part.of(withAttendance(held.value())) : Part.missing());
        model.addAttribute("sequences", held.available() ? sequences(held.value()) : Map.of());

        Part<Roster> names = roster.get();
        model.addAttribute("roster", names.available() ? names.value() : Roster.unavailable());
        model.addAttribute("attendance", attendance.get());
        model.addAttribute("questions", questions.get());
        model.addAttribute("reflections", reflections.get());
        model.addAttribute("cases", cases.get());
        model.addAttribute("interventions", interventions.get());
        return "facilitation/cohort";
    }

    private List<SessionRow> withAttendance(List<Session> sessions) {
        var loading = sessions.stream()
                .map(s -> Map.entry(s, parts.load(() -> facilitation.attendanceOfSession(s.id())))).toList();
        return loading.stream().map(e -> new SessionRow(e.getKey(), e.getValue().get())).toList();
    }

    /** Session id to its number, so a reflection can say which session it is about. */
    static Map<UUID, Integer> sequences(List<Session> sessions) {
        Map<UUID, Integer> sequences = new HashMap<>();
        sessions.forEach(s -> sequences.put(s.id(), s.sequence()));
        return sequences;
    }
}
