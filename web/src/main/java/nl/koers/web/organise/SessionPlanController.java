package nl.koers.web.organise;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Parts;
import nl.koers.web.layout.FormErrors;
import nl.koers.web.organise.OrganiseModels.BlueprintSession;
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
 * Planning all of a cohort's sessions from its trajectory's blueprint in one form: one slot (day, times, place,
 * online link) per blueprint session, whose title, theme and agenda each session takes. trajectory-service plans
 * only a cohort without sessions; once the series is planned, sessions are moved or cancelled one by one.
 */
@Controller
class SessionPlanController {

    /** The slots of the form, one per blueprint session in blueprint order. */
    record SlotsForm(@Valid List<SlotRow> slots) {

        SlotsForm {
            slots = slots == null ? List.of() : slots.stream().map(s -> s == null ? SlotRow.EMPTY : s).toList();
        }
    }

    /** The body of {@code POST /api/cohorts/{id}/sessions/from-blueprint} (PlanFromBlueprintRequest). */
    record FromBlueprint(List<SlotRow.Request> slots) {
    }

    private final KoersApi api;
    private final OrganiseApi organise;
    private final Parts parts;
    private final FormErrors formErrors;

    SessionPlanController(KoersApi api, OrganiseApi organise, Parts parts, FormErrors formErrors) {
        this.api = api;
        this.organise = organise;
        this.parts = parts;
        this.formErrors = formErrors;
    }

    @GetMapping("/organise/cohorts/{id}/sessions/plan")
    String plan(@PathVariable UUID id, Model model) {
        var sessions = parts.load(() -> organise.sessions(id));
        Cohort cohort = organise.cohort(id);
        Trajectory trajectory = organise.trajectory(cohort.trajectoryId()).value();
        model.addAttribute("form", new SlotsForm(Collections.nCopies(trajectory.sessionBlueprint().size(), SlotRow.EMPTY)));
        // Say at once why the series cannot be planned, rather than after the organiser filled in every slot.
        var planned = sessions.get();
        String blocked = !cohort.takesSessions() ? "status." + cohort.status()
                : !trajectory.hasBlueprint() ? "noBlueprint"
                : planned.available() && !planned.value().isEmpty() ? "planned" : null;
        model.addAttribute("blocked", blocked);
        return page(cohort, trajectory, model);
    }

    @PostMapping("/organise/cohorts/{id}/sessions/plan")
    String schedule(@PathVariable UUID id, @Valid @ModelAttribute("form") SlotsForm form, BindingResult binding,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Cohort cohort = organise.cohort(id);
        Trajectory trajectory = organise.trajectory(cohort.trajectoryId()).value();
        List<BlueprintSession> blueprint = trajectory.sessionBlueprint();
        List<SlotRow> slots = new ArrayList<>(form.slots());
        // One slot per blueprint session: a form for an older blueprint gets rows added or cut to match it.
        while (slots.size() < blueprint.size()) {
            slots.add(SlotRow.EMPTY);
        }
        SlotsForm matched = new SlotsForm(slots.subList(0, blueprint.size()));
        if (matched.slots().size() != form.slots().size()) {
            model.addAttribute("form", matched);
            model.addAttribute("blueprintChanged", true);
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(cohort, trajectory, model);
        }
        for (int i = 0; i < blueprint.size(); i++) {
            matched.slots().get(i).check(binding, "slots[" + i + "].", blueprint.get(i).minutes());
        }
        if (!binding.hasErrors()) {
            try {
                api.post(Object.class, new FromBlueprint(matched.slots().stream().map(SlotRow::toRequest).toList()),
                        "/api/cohorts/{id}/sessions/from-blueprint", id);
                redirect.addFlashAttribute("flash", "organise.flash.sessions.planned");
                return "redirect:/organise/cohorts/" + id + "#sessions-title";
            } catch (ApiProblem problem) {
                if (problem.isNotFound() || problem.status() == 403) {
                    throw problem;
                }
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(cohort, trajectory, model);
    }

    private static String page(Cohort cohort, Trajectory trajectory, Model model) {
        model.addAttribute("cohort", cohort);
        model.addAttribute("trajectory", trajectory);
        return "organise/sessions-plan";
    }
}
