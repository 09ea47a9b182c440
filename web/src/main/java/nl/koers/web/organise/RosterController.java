package nl.koers.web.organise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.Page;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.layout.Choices;
import nl.koers.web.organise.OrganiseModels.Cohort;
import nl.koers.web.organise.OrganiseModels.Enrolment;
import nl.koers.web.reflection.Pager;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A cohort's roster: everyone who enrolled, in the order they came in, with their status and, while they wait,
 * their place on the waitlist; filterable by status, a page at a time, and as a CSV file of the whole list.
 * enrolment-service gives organisers each participant's motivation too; it is never read into a page or the
 * file, because nothing a participant wrote is shown to an organiser.
 */
@Controller
class RosterController {

    static final List<String> STATUSES = List.of("CONFIRMED", "WAITLISTED", "WITHDRAWN", "COMPLETED");
    static final int PER_PAGE = 25;

    private final OrganiseApi organise;
    private final Parts parts;
    private final Choices choices;
    private final RosterCsv csv;

    RosterController(OrganiseApi organise, Parts parts, Choices choices, RosterCsv csv) {
        this.organise = organise;
        this.parts = parts;
        this.choices = choices;
        this.csv = csv;
    }

    @GetMapping("/organise/cohorts/{id}/roster")
    String roster(@PathVariable UUID id, @RequestParam(required = false) String status,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        String filter = status != null && STATUSES.contains(status) ? status : null;
        int at = Math.clamp(page, 0, 100_000);
        var enrolments = parts.load(() -> unlessUnknown(() -> organise.enrolments(id, filter, at, PER_PAGE)));
        var seats = parts.load(() -> organise.seats(id));
        Cohort cohort = organise.cohort(id);
        var trajectory = parts.load(() -> organise.trajectory(cohort.trajectoryId()).value());
        Part<Page<Enrolment>> listed = enrolments.get();
        Map<String, Object> keep = new LinkedHashMap<>();
        keep.put("status", filter);
        model.addAttribute("cohort", cohort);
        model.addAttribute("trajectory", trajectory.get().value());
        model.addAttribute("status", filter);
        model.addAttribute("statuses", choices.of("enrolment.status", STATUSES));
        model.addAttribute("enrolments", listed);
        model.addAttribute("seats", seats.get());
        model.addAttribute("pager", listed.available() && listed.value() != null
                ? Pager.of(listed.value(), "/organise/cohorts/" + id + "/roster", keep, "page") : null);
        return "organise/roster";
    }

    @GetMapping("/organise/cohorts/{id}/roster.csv")
    ResponseEntity<byte[]> rosterCsv(@PathVariable UUID id, @RequestParam(required = false) String status) {
        String filter = status != null && STATUSES.contains(status) ? status : null;
        Cohort cohort = organise.cohort(id);
        List<Enrolment> all = unlessUnknown(() -> organise.allEnrolments(id, filter));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(RosterCsv.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(csv.filename(cohort.name())).build().toString())
                .body(csv.write(all == null ? List.of() : all));
    }

    /**
     * enrolment-service answers 404 while it has not heard of a cohort that trajectory-service just planned (read
     * before this): nobody has enrolled yet, which the page shows as an empty roster.
     */
    private static <T> T unlessUnknown(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiProblem problem) {
            if (problem.isNotFound()) {
                return null;
            }
            throw problem;
        }
    }
}
