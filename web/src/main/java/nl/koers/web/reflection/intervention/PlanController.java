package nl.koers.web.reflection.intervention;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.layout.Choices;
import nl.koers.web.layout.FormErrors;
import nl.koers.web.layout.Option;
import nl.koers.web.reflection.Audience;
import nl.koers.web.reflection.CohortFacts;
import nl.koers.web.reflection.intervention.InterventionModels.CaseTitle;
import nl.koers.web.reflection.intervention.InterventionModels.DevelopmentQuestion;
import nl.koers.web.reflection.intervention.InterventionModels.Intervention;
import nl.koers.web.security.HtmxAwareEntryPoint.Htmx;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Planning an intervention: a detailed action plan with steps (what, who, by when) or a compact one, linked
 * to a development question and a case if it grew from one, shared as chosen, owned alone or with a work
 * group. Step rows are added and removed with submit buttons ({@code action}), so it works without
 * JavaScript; with htmx only the steps are swapped. reflection-service decides who plans (confirmed
 * participants) and who may be a co-owner.
 */
@Controller
class PlanController {

    private static final ParameterizedTypeReference<Page<DevelopmentQuestion>> QUESTIONS = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<CaseTitle>> CASES = new ParameterizedTypeReference<>() { };
    private static final String ADD_STEP = "add-step";
    private static final String REMOVE_STEP = "remove-step-";

    private final KoersApi api;
    private final CohortFacts cohorts;
    private final Parts parts;
    private final FormErrors formErrors;
    private final Audience audience;
    private final Choices choices;
    private final MessageSource messages;

    PlanController(KoersApi api, CohortFacts cohorts, Parts parts, FormErrors formErrors, Audience audience,
                   Choices choices, MessageSource messages) {
        this.api = api;
        this.cohorts = cohorts;
        this.parts = parts;
        this.formErrors = formErrors;
        this.audience = audience;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping("/interventions/new")
    String newIntervention(@RequestParam UUID cohortId, @RequestParam(required = false) UUID caseId, Model model) {
        model.addAttribute("form", PlanForm.empty(caseId));
        return page(cohortId, model);
    }

    @PostMapping("/interventions/new")
    String plan(@RequestParam UUID cohortId, @RequestParam(defaultValue = "save") String action,
                @Valid @ModelAttribute("form") PlanForm form, BindingResult binding, Model model,
                HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (action.equals(ADD_STEP) || action.startsWith(REMOVE_STEP)) {
            return changeSteps(cohortId, action, form, model, request);
        }
        form.check(binding);
        if (!binding.hasErrors()) {
            try {
                Intervention planned = api.post(Intervention.class, form.toRequest(cohortId), "/api/interventions");
                redirect.addFlashAttribute("flash", "intervention.flash.planned");
                return "redirect:/interventions/" + planned.id();
            } catch (ApiProblem problem) {
                if (problem.isNotFound()) {
                    throw problem;
                }
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(cohortId, model);
    }

    /**
     * Adds or removes a step row and shows the form again without judging it yet: a new form object replaces
     * the bound one, which drops the errors found while binding. With htmx only the steps are answered, with
     * focus on the new row (or on the steps after a removal) and a sentence for screen readers.
     */
    private String changeSteps(UUID cohortId, String action, PlanForm form, Model model, HttpServletRequest request) {
        PlanForm changed;
        String announcement;
        if (action.equals(ADD_STEP)) {
            changed = form.withStepAdded();
            model.addAttribute("focusRow", changed.steps().size() - 1);
            announcement = text("intervention.steps.added", changed.steps().size());
        } else {
            int index = index(action.substring(REMOVE_STEP.length()));
            changed = form.withStepRemoved(index);
            model.addAttribute("focusSteps", true);
            announcement = text("intervention.steps.removed", index + 1);
        }
        model.addAttribute("form", changed);
        model.addAttribute("announce", announcement);
        model.addAttribute("cohortId", cohortId);
        if (Htmx.isHtmx(request)) {
            return "reflection/intervention/form :: steps";
        }
        return page(cohortId, model);
    }

    private String page(UUID cohortId, Model model) {
        var cohort = parts.load(() -> cohorts.header(cohortId));
        var questions = parts.load(() -> api.get(QUESTIONS, "/api/development-questions?cohortId={id}&size=100", cohortId).items());
        var cases = parts.load(() -> api.get(CASES, "/api/cases?cohortId={id}&size=100", cohortId).items());
        model.addAttribute("cohort", cohort.get());
        model.addAttribute("cohortId", cohortId);
        Part<List<DevelopmentQuestion>> loadedQuestions = questions.get();
        Part<List<CaseTitle>> loadedCases = cases.get();
        model.addAttribute("questions", loadedQuestions.available()
                ? Part.of(loadedQuestions.value().stream().map(q -> new Option(q.id().toString(), abbreviate(q.text()))).toList())
                : Part.missing());
        model.addAttribute("cases", loadedCases.available()
                ? Part.of(loadedCases.value().stream().map(c -> new Option(c.id().toString(), c.title())).toList())
                : Part.missing());
        model.addAttribute("kinds", choices.of("intervention.kind", InterventionModels.KINDS));
        model.addAttribute("visibilities", audience.options("intervention"));
        return "reflection/intervention/form";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static int index(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
