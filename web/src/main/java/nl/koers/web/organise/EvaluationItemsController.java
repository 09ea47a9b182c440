package nl.koers.web.organise;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.layout.FormErrors;
import nl.koers.web.organise.OrganiseModels.EvaluationItems;
import nl.koers.web.organise.OrganiseModels.Trajectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A trajectory's evaluation items: what its participants rate from 1 to 5 once their cohort is over. Until an
 * organiser sets them, reflection-service's five default items apply. Saving replaces the list whole for every
 * cohort of the trajectory; ratings given before keep counting under the items of then.
 */
@Controller
class EvaluationItemsController {

    /** reflection-service's ItemsRequest: 1 to 15 items, labels of at most 200 characters. */
    static final int MAX_ITEMS = 15;
    static final int MAX_LABEL = 200;

    private final KoersApi api;
    private final OrganiseApi organise;
    private final FormErrors formErrors;

    EvaluationItemsController(KoersApi api, OrganiseApi organise, FormErrors formErrors) {
        this.api = api;
        this.organise = organise;
        this.formErrors = formErrors;
    }

    @GetMapping("/organise/trajectories/{id}/evaluation")
    String items(@PathVariable UUID id, Model model) {
        Trajectory trajectory = organise.trajectory(id).value();
        EvaluationItems items = api.get(EvaluationItems.class, "/api/evaluations/items/{id}", id);
        model.addAttribute("form", KeyedTextsForm.of(items.items()));
        model.addAttribute("defaults", items.version() == 0);
        return page(trajectory, model);
    }

    @PostMapping("/organise/trajectories/{id}/evaluation")
    String configure(@PathVariable UUID id, @RequestParam(defaultValue = KeyedTexts.SAVE) String action,
                     @ModelAttribute("form") KeyedTextsForm form, BindingResult binding, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        Trajectory trajectory = organise.trajectory(id).value();
        if (!action.equals(KeyedTexts.SAVE)) {
            model.addAttribute("form", KeyedTexts.change(form, action, MAX_ITEMS, model));
            return page(trajectory, model);
        }
        form.check(binding, MAX_LABEL, MAX_ITEMS, true);
        if (!binding.hasErrors()) {
            try {
                api.put(EvaluationItems.class, form.toItems(), "/api/evaluations/items/{id}", id);
                redirect.addFlashAttribute("flash", "organise.flash.evaluation.saved");
                return "redirect:/organise/trajectories/" + id;
            } catch (ApiProblem problem) {
                if (problem.isNotFound() || problem.status() == 403) {
                    throw problem;
                }
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(trajectory, model);
    }

    private static String page(Trajectory trajectory, Model model) {
        model.addAttribute("kind", "evaluation");
        model.addAttribute("subject", trajectory.title());
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("action", "/organise/trajectories/" + trajectory.id() + "/evaluation");
        model.addAttribute("back", "/organise/trajectories/" + trajectory.id());
        model.addAttribute("maxRows", MAX_ITEMS);
        model.addAttribute("maxText", MAX_LABEL);
        return "organise/keyed-form";
    }
}
