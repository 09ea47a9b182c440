package nl.koers.web.organise;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.api.Versioned;
import nl.koers.web.layout.Choices;
import nl.koers.web.layout.FormErrors;
import nl.koers.web.layout.Option;
import nl.koers.web.organise.OrganiseModels.Instrument;
import nl.koers.web.organise.OrganiseModels.Trajectory;
import nl.koers.web.security.HtmxAwareEntryPoint.Htmx;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Creating and revising a trajectory: title, description, organiser, the coalitions that co-own it, and the
 * session blueprint every cohort runs (sessions with a theme and an agenda of work forms and instruments).
 * Sessions and agenda rows are added and removed with submit buttons ({@code action}), so the form works
 * without JavaScript; with htmx only the blueprint is swapped. A revision carries the version the form was read
 * at as If-Match: when someone else saved the trajectory in the meantime (412), the form comes back with what
 * I entered and says so, and never overwrites unseen.
 */
@Controller
class TrajectoryFormController {

    private static final String SAVE = "save";
    private static final String ADD_SESSION = "add-session";
    private static final String REMOVE_SESSION = "remove-session-";
    private static final String ADD_ITEM = "add-item-";
    private static final String REMOVE_ITEM = "remove-item-";

    private final KoersApi api;
    private final OrganiseApi organise;
    private final Parts parts;
    private final FormErrors formErrors;
    private final Choices choices;
    private final MessageSource messages;

    TrajectoryFormController(KoersApi api, OrganiseApi organise, Parts parts, FormErrors formErrors, Choices choices,
                             MessageSource messages) {
        this.api = api;
        this.organise = organise;
        this.parts = parts;
        this.formErrors = formErrors;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping("/organise/trajectories/new")
    String newTrajectory(Model model) {
        model.addAttribute("form", TrajectoryForm.empty());
        return page(null, model, instruments());
    }

    @PostMapping("/organise/trajectories/new")
    String create(@RequestParam(defaultValue = SAVE) String action, @Valid @ModelAttribute("form") TrajectoryForm form,
                  BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Part<List<Instrument>> instruments = instruments();
        if (!action.equals(SAVE)) {
            return changeRows(null, action, form, model, request, instruments);
        }
        form.check(binding, instruments.available() ? TrajectoryForm.ids(instruments.value()) : null);
        if (!binding.hasErrors()) {
            try {
                Trajectory created = api.post(Trajectory.class, form.toRequest(), "/api/trajectories");
                redirect.addFlashAttribute("flash", "organise.flash.trajectory.created");
                return "redirect:/organise/trajectories/" + created.id();
            } catch (ApiProblem problem) {
                if (problem.status() == 403) {
                    throw problem;
                }
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(null, model, instruments);
    }

    @GetMapping("/organise/trajectories/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        var instruments = parts.load(organise::instruments);
        Versioned<Trajectory> trajectory = organise.trajectory(id);
        model.addAttribute("form", TrajectoryForm.of(trajectory.value()));
        model.addAttribute("trajectory", trajectory.value());
        return page(id, model, instruments.get());
    }

    @PostMapping("/organise/trajectories/{id}/edit")
    String revise(@PathVariable UUID id, @RequestParam(defaultValue = SAVE) String action,
                  @Valid @ModelAttribute("form") TrajectoryForm form, BindingResult binding, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        var instruments = parts.load(organise::instruments);
        Trajectory current = organise.trajectory(id).value();
        model.addAttribute("trajectory", current);
        if (!action.equals(SAVE)) {
            return changeRows(id, action, form, model, request, instruments.get());
        }
        form.check(binding, instruments.get().available() ? TrajectoryForm.ids(instruments.get().value()) : null);
        if (!binding.hasErrors()) {
            try {
                long readAt = form.version() == null ? current.version() : form.version();
                api.put(Trajectory.class, form.toRequest(), "\"" + readAt + "\"", "/api/trajectories/{id}", id);
                redirect.addFlashAttribute("flash", "organise.flash.trajectory.revised");
                return "redirect:/organise/trajectories/" + id;
            } catch (ApiProblem problem) {
                if (problem.isNotFound() || problem.status() == 403) {
                    throw problem;
                }
                if (problem.status() == 412) {
                    return conflict(id, form, model, response, instruments.get());
                }
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(id, model, instruments.get());
    }

    /**
     * Someone saved the trajectory after I opened the form: my entries stay in the form, now carrying the version
     * that is saved, and the page says what that version holds, so that saving again is a choice, not an accident.
     */
    private String conflict(UUID id, TrajectoryForm mine, Model model, HttpServletResponse response,
                            Part<List<Instrument>> instruments) {
        Trajectory now = organise.trajectory(id).value();
        model.addAttribute("form", mine.withVersion(now.version()));
        model.addAttribute("trajectory", now);
        model.addAttribute("conflict", now);
        response.setStatus(HttpStatus.CONFLICT.value());
        return page(id, model, instruments);
    }

    /**
     * Adds or removes a session or an agenda row and shows the form again without judging it yet: a new form
     * object replaces the bound one, which drops the errors found while binding. With htmx only the blueprint is
     * answered, with focus on the new row (or on the blueprint after a removal) and a sentence for screen readers.
     */
    private String changeRows(UUID id, String action, TrajectoryForm form, Model model, HttpServletRequest request,
                              Part<List<Instrument>> instruments) {
        TrajectoryForm changed = form;
        String announcement = null;
        if (action.equals(ADD_SESSION)) {
            changed = form.withSessionAdded();
            model.addAttribute("focusSession", changed.sessionBlueprint().size() - 1);
            announcement = text("organise.blueprint.added", changed.sessionBlueprint().size());
        } else if (action.startsWith(REMOVE_SESSION)) {
            int session = number(action.substring(REMOVE_SESSION.length()));
            changed = form.withSessionRemoved(session);
            model.addAttribute("focusBlueprint", true);
            announcement = text("organise.blueprint.removed", session + 1);
        } else if (action.startsWith(ADD_ITEM)) {
            int session = number(action.substring(ADD_ITEM.length()));
            changed = form.withAgendaRowAdded(session);
            if (session >= 0 && session < changed.sessionBlueprint().size()) {
                model.addAttribute("focusItem", session + "-" + (changed.sessionBlueprint().get(session).agenda().size() - 1));
                announcement = text("organise.agenda.added", session + 1);
            }
        } else if (action.startsWith(REMOVE_ITEM)) {
            String[] at = action.substring(REMOVE_ITEM.length()).split("-", 2);
            int session = number(at[0]);
            int item = at.length > 1 ? number(at[1]) : -1;
            changed = form.withAgendaRowRemoved(session, item);
            model.addAttribute("focusBlueprint", true);
            announcement = text("organise.agenda.removed", item + 1, session + 1);
        }
        model.addAttribute("form", changed);
        model.addAttribute("announce", announcement);
        page(id, model, instruments);
        return Htmx.isHtmx(request) ? "organise/trajectory-form :: blueprint" : "organise/trajectory-form";
    }

    private String page(UUID id, Model model, Part<List<Instrument>> instruments) {
        model.addAttribute("trajectoryId", id);
        model.addAttribute("workForms", choices.of("workForm", OrganiseModels.WORK_FORMS));
        model.addAttribute("instruments", instruments.available()
                ? Part.of(instruments.value().stream().map(i -> new Option(i.id().toString(), i.title())).toList())
                : Part.<List<Option>>missing());
        model.addAttribute("maxSessions", TrajectoryForm.MAX_SESSIONS);
        model.addAttribute("maxAgendaItems", TrajectoryForm.MAX_AGENDA_ITEMS);
        return "organise/trajectory-form";
    }

    private Part<List<Instrument>> instruments() {
        return parts.load(organise::instruments).get();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
