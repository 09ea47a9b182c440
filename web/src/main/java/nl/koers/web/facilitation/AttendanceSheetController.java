package nl.koers.web.facilitation;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.api.ServiceUnavailable;
import nl.koers.web.cohort.CohortModels.Session;
import nl.koers.web.cohort.Cohorts;
import nl.koers.web.facilitation.FacilitationModels.Attendance;
import nl.koers.web.facilitation.FacilitationModels.RosterEntry;
import nl.koers.web.layout.Choices;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A session's attendance sheet: one group of three radio buttons per confirmed participant, pre-filled with
 * what was recorded, saved whole as a plain form post (no script needed). The sheet carries the session's
 * version it was read at; saving sends it as If-Match, so attendance someone else saved in the meantime is
 * never overwritten unseen: that answer (412) shows the sheet as it now stands. Who may take attendance, and
 * whose marks count, is trajectory-service's decision.
 */
@Controller
class AttendanceSheetController {

    static final List<String> MARKS = List.of("PRESENT", "EXCUSED", "ABSENT");

    /** Form fields are {@code mark:<participantId>}, so any participant id survives the round trip unchanged. */
    static final String FIELD = "mark:";

    /** One line of the sheet: the participant, the place on the sheet (for unique ids) and the mark shown. */
    record Row(int index, RosterEntry participant, String mark) {

        public String field() {
            return FIELD + participant.participantId();
        }
    }

    /** The body of {@code PUT /api/sessions/{id}/attendance} (RecordAttendanceRequest). */
    record RecordAttendance(List<MarkRequest> marks) {
    }

    record MarkRequest(String participantId, String status) {
    }

    private final FacilitationApi facilitation;
    private final Cohorts cohorts;
    private final KoersApi api;
    private final Parts parts;
    private final Choices choices;

    AttendanceSheetController(FacilitationApi facilitation, Cohorts cohorts, KoersApi api, Parts parts, Choices choices) {
        this.facilitation = facilitation;
        this.cohorts = cohorts;
        this.api = api;
        this.parts = parts;
        this.choices = choices;
    }

    @GetMapping("/facilitation/sessions/{id}/attendance")
    String sheet(@PathVariable UUID id, Model model) {
        return page(id, null, Map.of(), model);
    }

    @PostMapping("/facilitation/sessions/{id}/attendance")
    String save(@PathVariable UUID id, @RequestParam long version, @RequestParam MultiValueMap<String, String> form,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        // One mark per participant chosen on the sheet, in the sheet's order; a participant left blank is not sent.
        Map<String, String> chosen = new HashMap<>();
        List<MarkRequest> marks = new ArrayList<>();
        form.forEach((field, values) -> {
            if (field.startsWith(FIELD) && field.length() > FIELD.length() && !values.isEmpty() && !values.getFirst().isBlank()) {
                MarkRequest mark = new MarkRequest(field.substring(FIELD.length()), values.getFirst());
                marks.add(mark);
                chosen.put(mark.participantId(), mark.status());
            }
        });
        try {
            api.put(Attendance.class, new RecordAttendance(marks), "\"" + version + "\"",
                    "/api/sessions/{id}/attendance", id);
            redirect.addFlashAttribute("flash", "facilitation.attendance.saved");
            return "redirect:/facilitation/sessions/" + id + "/attendance";
        } catch (ApiProblem problem) {
            if (problem.isNotFound() || problem.status() == 403) {
                throw problem;
            }
            if (problem.status() == 412 || "concurrent-change".equals(problem.code())) {
                // Someone saved this session's attendance after I opened the sheet: show it as it stands now.
                model.addAttribute("conflict", true);
                response.setStatus(HttpStatus.CONFLICT.value());
                return page(id, null, Map.of(), model);
            }
            model.addAttribute("refusal", problem);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(id, version, chosen, model);
        }
    }

    /**
     * The sheet as it now stands, with {@code chosen} (what I had marked, after a refusal) over what was
     * recorded, and the version to send back: the one I read, or the current one when {@code version} is null.
     */
    private String page(UUID id, Long version, Map<String, String> chosen, Model model) {
        var attendanceLoading = parts.load(() -> facilitation.attendanceOfSession(id));
        var sessionLoading = parts.load(() -> api.get(Session.class, "/api/sessions/{id}", id));
        Attendance attendance = required(attendanceLoading.get());
        Session session = required(sessionLoading.get());

        var cohortLoading = parts.load(() -> cohorts.get(session.cohortId()));
        var participantsLoading = parts.load(() -> facilitation.confirmedParticipants(session.cohortId()));
        model.addAttribute("cohort", required(cohortLoading.get()));
        List<RosterEntry> participants = required(participantsLoading.get());

        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            RosterEntry participant = participants.get(i);
            String mark = chosen.getOrDefault(participant.participantId(), attendance.markOf(participant.participantId()));
            rows.add(new Row(i, participant, mark));
        }
        model.addAttribute("meeting", session); // not "session": Thymeleaf keeps that name for the HTTP session
        model.addAttribute("attendance", attendance);
        model.addAttribute("rows", rows);
        model.addAttribute("version", version == null ? attendance.sessionVersion() : version);
        model.addAttribute("marks", choices.of("facilitation.mark", MARKS));
        return "facilitation/attendance";
    }

    /** Every part of this page comes from trajectory-service: without one, the page cannot be shown. */
    private static <T> T required(Part<T> part) {
        if (part.unavailable()) {
            throw new ServiceUnavailable("trajectory-service did not answer", null);
        }
        return part.value();
    }
}
