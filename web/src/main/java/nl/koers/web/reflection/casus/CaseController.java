package nl.koers.web.reflection.casus;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.layout.FormErrors;
import nl.koers.web.reflection.Audience;
import nl.koers.web.reflection.CohortFacts;
import nl.koers.web.reflection.casus.CaseForm.RoleAnswer;
import nl.koers.web.reflection.casus.CaseModels.Case;
import nl.koers.web.reflection.casus.CaseModels.NewCase;
import nl.koers.web.reflection.casus.CaseModels.Roles;
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
 * Bringing in a case (casus) for discussion and reading one. The cohort's role fan is shown with the form so
 * the participant can say per role what it can contribute. reflection-service decides who brings in cases
 * (confirmed participants) and who reads them (the visibility chosen; a case not mine to read is "not found").
 */
@Controller
class CaseController {

    private final KoersApi api;
    private final CohortFacts cohorts;
    private final Parts parts;
    private final FormErrors formErrors;
    private final Audience audience;

    CaseController(KoersApi api, CohortFacts cohorts, Parts parts, FormErrors formErrors, Audience audience) {
        this.api = api;
        this.cohorts = cohorts;
        this.parts = parts;
        this.formErrors = formErrors;
        this.audience = audience;
    }

    @GetMapping("/cases/new")
    String newCase(@RequestParam UUID cohortId, Model model) {
        Part<Roles> roles = load(cohortId, model);
        List<RoleAnswer> answers = roles.available()
                ? roles.value().roles().stream().map(r -> new RoleAnswer(r.key(), "")).toList() : List.of();
        model.addAttribute("form", new CaseForm("", "", "COHORT", answers));
        return "reflection/casus/form";
    }

    @PostMapping("/cases/new")
    String bringIn(@RequestParam UUID cohortId, @Valid @ModelAttribute("form") CaseForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                Case brought = api.post(Case.class, new NewCase(cohortId, form.title().strip(), form.situation().strip(),
                        form.visibility(), form.contributions()), "/api/cases");
                redirect.addFlashAttribute("flash", "casus.flash.broughtIn");
                return "redirect:/cases/" + brought.id();
            } catch (ApiProblem problem) {
                if (problem.isNotFound()) {
                    throw problem;
                }
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        load(cohortId, model);
        return "reflection/casus/form";
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable UUID id, Model model) {
        Case found = api.get(Case.class, "/api/cases/{id}", id);
        model.addAttribute("found", found);
        model.addAttribute("cohort", parts.load(() -> cohorts.headerIfVisible(found.cohortId())).get());
        return "reflection/casus/case";
    }

    /** The cohort (not mine: "not found") and its role fan, at the same time. */
    private Part<Roles> load(UUID cohortId, Model model) {
        var cohort = parts.load(() -> cohorts.header(cohortId));
        var roles = parts.load(() -> api.get(Roles.class, "/api/role-fans/{cohortId}", cohortId));
        model.addAttribute("cohort", cohort.get());
        Part<Roles> fan = roles.get();
        model.addAttribute("fan", fan);
        model.addAttribute("cohortId", cohortId);
        model.addAttribute("visibilities", audience.options("casus"));
        return fan;
    }
}
