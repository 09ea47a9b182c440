package nl.koers.web.question;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.api.ServiceUnavailable;
import nl.koers.web.api.Versioned;
import nl.koers.web.layout.Choices;
import nl.koers.web.layout.FormErrors;
import nl.koers.web.question.QuestionModels.Question;
import nl.koers.web.question.QuestionModels.StakeholderMap;
import nl.koers.web.security.HtmxAwareEntryPoint.Htmx;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The stakeholder map of a development question: the power/interest grid (inline SVG, no script), the same
 * data as a table, who is still to be involved, and, for the question's owner, the form that edits the whole
 * map. Adding, removing or taking over a row re-renders the form without saving (a whole page without
 * JavaScript, the form alone for htmx). Saving sends the ETag the form started from as If-Match: when the map
 * was saved elsewhere in the meantime the API answers 412, and the page shows the map as it is now, with the
 * person's own rows beside it to redo; it never overwrites.
 */
@Controller
class StakeholderMapController {

    static final List<String> LEVELS = List.of("TEAM", "DEPARTMENT", "INSTITUTION", "BOARD", "EXTERNAL");
    static final List<String> STANCES = List.of("SUPPORTER", "NEUTRAL", "CRITIC", "UNKNOWN");
    static final List<String> SCALE = List.of("1", "2", "3", "4", "5");
    static final String FORM = "mapForm";

    private static final String QUESTION = "/api/development-questions/{id}";
    private static final String MAP = "/api/development-questions/{id}/stakeholder-map";

    private final KoersApi api;
    private final Parts parts;
    private final Choices choices;
    private final FormErrors formErrors;

    StakeholderMapController(KoersApi api, Parts parts, Choices choices, FormErrors formErrors) {
        this.api = api;
        this.parts = parts;
        this.choices = choices;
        this.formErrors = formErrors;
    }

    @GetMapping("/questions/{id}/map")
    String map(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, Model model) {
        Question question = api.get(Question.class, QUESTION, id);
        Versioned<StakeholderMap> map = api.getVersioned(StakeholderMap.class, MAP, id);
        if (question.ownedBy(user.getSubject())) {
            MapForm form = MapForm.of(map.value(), map.etag());
            if (form.getStakeholders().isEmpty()) {
                form.add();
            }
            model.addAttribute(FORM, form);
        }
        return page(question, map.value(), model);
    }

    @PostMapping("/questions/{id}/map")
    String edit(@PathVariable UUID id, @Valid @ModelAttribute(FORM) MapForm form, BindingResult binding,
                @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
                HttpServletRequest request, HttpServletResponse response) {
        form.dropEmptySlots();
        if (action.equals("add")) {
            form.add();
            return rerender(id, form, model, request, form.getStakeholders().size() - 1, "added");
        }
        if (action.startsWith("remove-")) {
            boolean removed = form.remove(index(action));
            return rerender(id, form, model, request, -1, removed ? "removed" : null);
        }
        if (action.startsWith("adopt-")) {
            int adopted = form.adopt(index(action));
            return rerender(id, form, model, request, adopted, adopted < 0 ? null : "adopted");
        }
        if (binding.hasErrors()) {
            return invalid(id, model, response);
        }
        try {
            api.put(StakeholderMap.class, form.request(), form.ifMatch(), MAP, id);
            redirect.addFlashAttribute("flash", "questions.flash.mapSaved");
            return "redirect:/questions/" + id + "/map";
        } catch (ServiceUnavailable away) {
            return unsavedWhileAway(id, binding, model, response);
        } catch (ApiProblem problem) {
            if (problem.status() == 412) {
                return conflict(id, form, model, response);
            }
            if (problem.isNotFound() || problem.status() == 403) {
                throw problem;
            }
            formErrors.apply(problem, binding);
            return invalid(id, model, response);
        }
    }

    /**
     * The map was saved elsewhere since this form was read: show it as it is now, in the form with its new
     * ETag, and the person's own rows (not saved) beside it, to take over one by one.
     */
    private String conflict(UUID id, MapForm mine, Model model, HttpServletResponse response) {
        Question question = api.get(Question.class, QUESTION, id);
        Versioned<StakeholderMap> now = api.getVersioned(StakeholderMap.class, MAP, id);
        MapForm fresh = MapForm.of(now.value(), now.etag());
        List<StakeholderRow> unsaved = new ArrayList<>(mine.getStakeholders());
        unsaved.addAll(mine.getUnsaved());
        unsaved.removeIf(StakeholderRow::isBlank);
        fresh.setUnsaved(unsaved);
        model.addAttribute(FORM, fresh);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, new BeanPropertyBindingResult(fresh, FORM));
        model.addAttribute("conflict", true);
        response.setStatus(HttpStatus.CONFLICT.value());
        return page(question, now.value(), model);
    }

    /**
     * trajectory-service did not answer the save: the form comes back with everything the person entered and
     * says so, instead of an error page that loses their rows. The rest of the page shows what it can load.
     */
    private String unsavedWhileAway(UUID id, BindingResult binding, Model model, HttpServletResponse response) {
        binding.reject("error.unavailable.text");
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        Part<Question> question = parts.load(() -> api.get(Question.class, QUESTION, id)).get();
        Part<StakeholderMap> map = parts.load(() -> api.get(StakeholderMap.class, MAP, id)).get();
        model.addAttribute("questionId", id);
        return page(question.value(), map.value(), model);
    }

    private String invalid(UUID id, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(api.get(Question.class, QUESTION, id), api.get(StakeholderMap.class, MAP, id), model);
    }

    /** The form again after a change that is not saved yet; errors of the previous post no longer fit its rows. */
    private String rerender(UUID id, MapForm form, Model model, HttpServletRequest request, int focusRow,
                            String announce) {
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, new BeanPropertyBindingResult(form, FORM));
        model.addAttribute("focusRow", focusRow);
        model.addAttribute("announce", announce);
        if (Htmx.isHtmx(request)) {
            model.addAttribute("questionId", id);
            addChoices(model);
            return "question/fragments :: map-form";
        }
        return page(api.get(Question.class, QUESTION, id), api.get(StakeholderMap.class, MAP, id), model);
    }

    /** The page; {@code question} and {@code map} are null only when their service did not answer a save. */
    private String page(Question question, StakeholderMap map, Model model) {
        model.addAttribute("question", question);
        if (question != null) {
            model.addAttribute("questionId", question.id());
        }
        model.addAttribute("map", map);
        model.addAttribute("grid", PowerInterestGrid.of(map == null || map.stakeholders() == null ? List.of()
                : map.stakeholders().stream().map(s -> new PowerInterestGrid.Point(s.nameOrRole(), s.influence(),
                        s.interest(), s.toInvolve())).toList()));
        addChoices(model);
        return "question/map";
    }

    private void addChoices(Model model) {
        model.addAttribute("levels", choices.of("questions.level", LEVELS));
        model.addAttribute("stances", choices.of("questions.stance", STANCES));
        model.addAttribute("scale", choices.of("questions.map.scale", SCALE));
    }

    private static int index(String action) {
        try {
            return Integer.parseInt(action.substring(action.indexOf('-') + 1));
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
