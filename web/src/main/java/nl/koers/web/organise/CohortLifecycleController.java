package nl.koers.web.organise;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.organise.OrganiseModels.Cohort;
import nl.koers.web.organise.OrganiseModels.Seats;
import nl.koers.web.organise.OrganiseModels.Session;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opening, closing, completing and cancelling a cohort, each behind a page that says what it does: who sees
 * it, what happens to the enrolments, what freezes, and that Koers sends nobody an e-mail. The page carries the
 * version of the cohort it described; when the cohort changed before the organiser confirmed, the page is shown
 * again with what now holds instead of doing something other than it said.
 */
@Controller
class CohortLifecycleController {

    private final KoersApi api;
    private final OrganiseApi organise;
    private final Parts parts;
    private final LifecycleTexts texts;

    CohortLifecycleController(KoersApi api, OrganiseApi organise, Parts parts, LifecycleTexts texts) {
        this.api = api;
        this.organise = organise;
        this.parts = parts;
        this.texts = texts;
    }

    @GetMapping("/organise/cohorts/{id}/{action:open|close|complete|cancel}")
    String confirm(@PathVariable UUID id, @PathVariable String action, Model model) {
        return page(id, step(action), model);
    }

    @PostMapping("/organise/cohorts/{id}/{action:open|close|complete|cancel}")
    String take(@PathVariable UUID id, @PathVariable String action, @RequestParam long version, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Lifecycle step = step(action);
        try {
            // At the version the page described: a cohort changed since then is a 412, not a surprise.
            api.post(Cohort.class, null, KoersApi.etag(version), "/api/cohorts/{id}/" + step.action(), id);
            redirect.addFlashAttribute("flash", "organise.flash.cohort." + step.action());
            return "redirect:/organise/cohorts/" + id;
        } catch (ApiProblem problem) {
            if (problem.isNotFound() || problem.status() == 403) {
                throw problem;
            }
            if (problem.isConflict() || problem.status() == 412) {
                // Not what the page described any more (someone took another step first, or the cohort was busy):
                // say so and describe what holds now.
                model.addAttribute("changed", true);
                response.setStatus(HttpStatus.CONFLICT.value());
            } else {
                model.addAttribute("refusal", problem);
                response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            }
            return page(id, step, model);
        }
    }

    private String page(UUID id, Lifecycle step, Model model) {
        var seats = parts.load(() -> organise.seats(id));
        var sessions = parts.load(() -> organise.sessions(id));
        Cohort cohort = organise.cohort(id);
        var trajectory = parts.load(() -> organise.trajectory(cohort.trajectoryId()).value());
        Part<Seats> counts = seats.get();
        Part<List<Session>> planned = sessions.get();
        model.addAttribute("cohort", cohort);
        model.addAttribute("trajectory", trajectory.get().value());
        model.addAttribute("step", step.action());
        model.addAttribute("allowed", cohort.allows(step.action()));
        model.addAttribute("consequences", texts.of(step, cohort, counts.value(), planned.value()));
        return "organise/lifecycle";
    }

    private static Lifecycle step(String action) {
        return Lifecycle.of(action).orElseThrow();
    }
}
