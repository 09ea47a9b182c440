package nl.koers.web.organise;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.layout.FormErrors;
import nl.koers.web.organise.OrganiseModels.Cohort;
import nl.koers.web.organise.OrganiseModels.Trajectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Planning a cohort of a trajectory: its name, seats, dates, enrolment window and facilitators. A planned
 * cohort is not yet in the catalogue; opening it (behind its own confirmation) is the next step.
 */
@Controller
class CohortPlanController {

    private final KoersApi api;
    private final OrganiseApi organise;
    private final FormErrors formErrors;

    CohortPlanController(KoersApi api, OrganiseApi organise, FormErrors formErrors) {
        this.api = api;
        this.organise = organise;
        this.formErrors = formErrors;
    }

    @GetMapping("/organise/trajectories/{id}/cohorts/new")
    String newCohort(@PathVariable UUID id, Model model) {
        model.addAttribute("form", CohortForm.empty());
        return page(organise.trajectory(id).value(), model);
    }

    @PostMapping("/organise/trajectories/{id}/cohorts/new")
    String plan(@PathVariable UUID id, @Valid @ModelAttribute("form") CohortForm form, BindingResult binding,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        form.check(binding);
        if (!binding.hasErrors()) {
            try {
                Cohort planned = api.post(Cohort.class, form.toRequest(), "/api/trajectories/{id}/cohorts", id);
                redirect.addFlashAttribute("flash", "organise.flash.cohort.planned");
                return "redirect:/organise/cohorts/" + planned.id();
            } catch (ApiProblem problem) {
                if (problem.isNotFound() || problem.status() == 403) {
                    throw problem;
                }
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(organise.trajectory(id).value(), model);
    }

    private static String page(Trajectory trajectory, Model model) {
        model.addAttribute("trajectory", trajectory);
        return "organise/cohort-form";
    }
}
