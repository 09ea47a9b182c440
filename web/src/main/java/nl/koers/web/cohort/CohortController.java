package nl.koers.web.cohort;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.security.HtmxAwareEntryPoint.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A cohort as a participant or facilitator sees it: the trajectory, the sessions with their agenda, place and
 * work forms, and my private calendar URL (made, copied, revoked here). trajectory-service decides who may
 * read a cohort; a cohort that is not mine to see answers "not found".
 */
@Controller
class CohortController {

    /** Whether I have a calendar URL; its secret is shown only once, when it is made. */
    record Subscription(String path, Instant createdAt) {
    }

    private final Cohorts cohorts;
    private final KoersApi api;
    private final Parts parts;

    CohortController(Cohorts cohorts, KoersApi api, Parts parts) {
        this.cohorts = cohorts;
        this.api = api;
        this.parts = parts;
    }

    @GetMapping("/cohorts/{id}")
    String cohort(@PathVariable UUID id, Model model) {
        var sessions = parts.load(() -> cohorts.sessions(id));
        var subscription = model.containsAttribute("calendar") ? null : parts.load(this::subscription);
        model.addAttribute("cohort", cohorts.get(id));
        model.addAttribute("cohortId", id);
        model.addAttribute("sessions", sessions.get());
        if (subscription != null) {
            model.addAttribute("calendar", subscription.get());
        }
        return "cohort/cohort";
    }

    @PostMapping("/cohorts/{id}/calendar")
    String makeCalendarUrl(@PathVariable UUID id, HttpServletRequest request, Model model) {
        Subscription made = api.post(Subscription.class, null, "/api/sessions/calendar/subscription");
        model.addAttribute("calendarUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path(made.path()).toUriString());
        model.addAttribute("calendar", Part.of(made));
        model.addAttribute("cohortId", id);
        if (Htmx.isHtmx(request)) {
            return "cohort/fragments :: calendar";
        }
        return cohort(id, model);
    }

    @PostMapping("/cohorts/{id}/calendar/revoke")
    String revokeCalendarUrl(@PathVariable UUID id, HttpServletRequest request, Model model) {
        api.delete("/api/sessions/calendar/subscription");
        model.addAttribute("calendar", Part.of((Subscription) null));
        model.addAttribute("revoked", true);
        model.addAttribute("cohortId", id);
        if (Htmx.isHtmx(request)) {
            return "cohort/fragments :: calendar";
        }
        return cohort(id, model);
    }

    private Subscription subscription() {
        try {
            return api.get(Subscription.class, "/api/sessions/calendar/subscription");
        } catch (ApiProblem problem) {
            if (problem.isNotFound() || problem.status() == 403) {
                return null;
            }
            throw problem;
        }
    }
}
