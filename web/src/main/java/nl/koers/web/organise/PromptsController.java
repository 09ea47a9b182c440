package nl.koers.web.organise;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Parts;
import nl.koers.web.layout.FormErrors;
import nl.koers.web.organise.OrganiseModels.Cohort;
import nl.koers.web.organise.OrganiseModels.Prompts;
import nl.koers.web.organise.OrganiseModels.Session;
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
 * A session's reflection prompts: the questions its participants answer when they reflect on it, such as "the
 * role you are given and the role you take". Saving replaces them whole; none means participants reflect
 * freely. reflection-service hears of a session a moment after it is scheduled; until then the page says so
 * rather than "not found".
 */
@Controller
class PromptsController {

    /** reflection-service's PromptsRequest: at most 10 prompts of at most 500 characters. */
    static final int MAX_PROMPTS = 10;
    static final int MAX_QUESTION = 500;

    private final KoersApi api;
    private final OrganiseApi organise;
    private final Parts parts;
    private final FormErrors formErrors;

    PromptsController(KoersApi api, OrganiseApi organise, Parts parts, FormErrors formErrors) {
        this.api = api;
        this.organise = organise;
        this.parts = parts;
        this.formErrors = formErrors;
    }

    @GetMapping("/organise/sessions/{id}/prompts")
    String prompts(@PathVariable UUID id, Model model) {
        Session session = organise.session(id);
        List<OrganiseModels.Keyed> current;
        try {
            current = api.get(Prompts.class, "/api/reflections/prompts/{id}", id).prompts();
        } catch (ApiProblem problem) {
            if (!problem.isNotFound()) {
                throw problem;
            }
            // trajectory-service knows the session (read above); reflection-service has not heard of it yet.
            model.addAttribute("notYetKnown", true);
            current = List.of();
        }
        model.addAttribute("form", KeyedTextsForm.of(current));
        return page(session, model);
    }

    @PostMapping("/organise/sessions/{id}/prompts")
    String attach(@PathVariable UUID id, @RequestParam(defaultValue = KeyedTexts.SAVE) String action,
                  @ModelAttribute("form") KeyedTextsForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Session session = organise.session(id);
        if (!action.equals(KeyedTexts.SAVE)) {
            model.addAttribute("form", KeyedTexts.change(form, action, MAX_PROMPTS, model));
            return page(session, model);
        }
        form.check(binding, MAX_QUESTION, MAX_PROMPTS, false);
        if (!binding.hasErrors()) {
            try {
                api.put(Prompts.class, form.toPrompts(), "/api/reflections/prompts/{id}", id);
                redirect.addFlashAttribute("flash", "organise.flash.prompts.saved");
                return "redirect:/organise/cohorts/" + session.cohortId() + "#session-" + id;
            } catch (ApiProblem problem) {
                if (problem.status() == 403) {
                    throw problem;
                }
                if (problem.isNotFound()) {
                    binding.reject("organise.prompts.notYetKnown");
                } else {
                    formErrors.apply(problem, binding);
                }
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(session, model);
    }

    private String page(Session session, Model model) {
        var cohortLoading = parts.load(() -> organise.cohort(session.cohortId()));
        var trajectoryLoading = parts.load(() -> organise.trajectory(session.trajectoryId()).value());
        Cohort cohort = cohortLoading.get().value();
        Trajectory trajectory = trajectoryLoading.get().value();
        model.addAttribute("kind", "prompts");
        model.addAttribute("meeting", session); // not "session": Thymeleaf keeps that name for the HTTP session
        model.addAttribute("cohort", cohort);
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("subject", session.sequence() + ": " + session.title());
        model.addAttribute("action", "/organise/sessions/" + session.id() + "/prompts");
        model.addAttribute("back", "/organise/cohorts/" + session.cohortId());
        model.addAttribute("maxRows", MAX_PROMPTS);
        model.addAttribute("maxText", MAX_QUESTION);
        return "organise/keyed-form";
    }
}
