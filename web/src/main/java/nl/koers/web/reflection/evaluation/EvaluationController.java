package nl.koers.web.reflection.evaluation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.layout.Choices;
import nl.koers.web.layout.FormErrors;
import nl.koers.web.reflection.CohortFacts.CohortHeader;
import nl.koers.web.reflection.CohortFacts;
import nl.koers.web.reflection.evaluation.EvaluationForm.Rating;
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
 * Evaluating the trajectory of a cohort, once, after its last session: each item of the trajectory's
 * evaluation rated 1 to 5 and an optional comment. Anonymous: reflection-service stores the answers without
 * who gave them and reports only in aggregate. Whether it can be submitted (the trajectory is over, not yet
 * evaluated) only the API knows; when it refuses, the page says why instead of showing the form again.
 */
@Controller
class EvaluationController {

    /** The refusals that mean the form is of no use now: too early, or done already. */
    static final Set<String> CLOSED = Set.of("trajectory-not-over", "already-evaluated");

    static final List<String> SCALE = List.of("1", "2", "3", "4", "5");

    private final KoersApi api;
    private final CohortFacts cohorts;
    private final FormErrors formErrors;
    private final Choices choices;

    EvaluationController(KoersApi api, CohortFacts cohorts, FormErrors formErrors, Choices choices) {
        this.api = api;
        this.cohorts = cohorts;
        this.formErrors = formErrors;
        this.choices = choices;
    }

    /** The trajectory's items to rate; the default set until its organiser configures them. */
    record Items(UUID trajectoryId, List<Item> items, long version) {

        Items {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public String label(String key) {
            return items.stream().filter(i -> i.key().equals(key)).map(Item::label).findFirst().orElse(key);
        }
    }

    record Item(String key, String label) {
    }

    /** What the API gives back once, the participant's own answers: there is no id to read them by later. */
    record Receipt(UUID cohortId, Map<String, Integer> ratings, String comment) implements Serializable {
    }

    @GetMapping("/cohorts/{cohortId}/evaluation")
    String form(@PathVariable UUID cohortId, Model model) {
        String view = page(cohortId, model);
        // Just submitted: the receipt (a flash attribute) is shown once instead of the form.
        if (!model.containsAttribute("receipt")) {
            Items items = (Items) model.getAttribute("items");
            model.addAttribute("form", new EvaluationForm(items.items().stream().map(i -> new Rating(i.key(), null)).toList(), ""));
        }
        return view;
    }

    @PostMapping("/cohorts/{cohortId}/evaluation")
    String submit(@PathVariable UUID cohortId, @Valid @ModelAttribute("form") EvaluationForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                Receipt receipt = api.post(Receipt.class, Map.of("cohortId", cohortId, "ratings", form.byKey(),
                        "comment", form.comment() == null ? "" : form.comment().strip()), "/api/evaluations");
                redirect.addFlashAttribute("flash", "evaluation.flash.submitted");
                redirect.addFlashAttribute("receipt", receipt);
                return "redirect:/cohorts/" + cohortId + "/evaluation";
            } catch (ApiProblem problem) {
                if (problem.isNotFound()) {
                    throw problem;
                }
                if (CLOSED.contains(problem.code())) {
                    model.addAttribute("closed", problem);
                    response.setStatus(HttpStatus.CONFLICT.value());
                    return page(cohortId, model);
                }
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(cohortId, model);
    }

    /** The cohort (not mine: "not found"), its trajectory's items and the scale. */
    private String page(UUID cohortId, Model model) {
        CohortHeader cohort = cohorts.header(cohortId);
        Items items = api.get(Items.class, "/api/evaluations/items/{trajectoryId}", cohort.trajectoryId());
        model.addAttribute("cohort", cohort);
        model.addAttribute("items", items);
        model.addAttribute("scale", choices.of("evaluation.rating", SCALE));
        return "reflection/evaluation/evaluation";
    }
}
