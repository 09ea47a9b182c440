package nl.koers.web.organise;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Parts;
import nl.koers.web.layout.FormErrors;
import nl.koers.web.organise.OrganiseModels.Session;
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
 * Moving one session to another day, time or place, and cancelling one, behind a page that says what that does.
 * Both carry the session's version they were read at: when it changed before the organiser confirmed, the page
 * shows it as it now is instead of changing something other than what the organiser saw.
 */
@Controller
class SessionController {

    private final KoersApi api;
    private final OrganiseApi organise;
    private final Parts parts;
    private final FormErrors formErrors;

    SessionController(KoersApi api, OrganiseApi organise, Parts parts, FormErrors formErrors) {
        this.api = api;
        this.organise = organise;
        this.parts = parts;
        this.formErrors = formErrors;
    }

    @GetMapping("/organise/sessions/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Session session = organise.session(id);
        model.addAttribute("form", SlotRow.of(session));
        return page(session, session.version(), "organise/session-edit", model);
    }

    @PostMapping("/organise/sessions/{id}/edit")
    String reschedule(@PathVariable UUID id, @RequestParam long version, @Valid @ModelAttribute("form") SlotRow form,
                      BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Session session = organise.session(id);
        form.check(binding, "", session.agendaMinutes());
        if (!binding.hasErrors()) {
            try {
                api.patch(Session.class, form.toRequest(), KoersApi.etag(version), "/api/sessions/{id}", id);
                redirect.addFlashAttribute("flash", "organise.flash.session.rescheduled");
                return "redirect:/organise/cohorts/" + session.cohortId() + "#session-" + id;
            } catch (ApiProblem problem) {
                if (problem.isNotFound() || problem.status() == 403) {
                    throw problem;
                }
                if (problem.status() == 412) {
                    // Changed since the form was read: show what holds now, with the organiser's entries kept.
                    model.addAttribute("changed", true);
                    response.setStatus(HttpStatus.CONFLICT.value());
                    return page(session, session.version(), "organise/session-edit", model);
                }
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(session, version, "organise/session-edit", model);
    }

    @GetMapping("/organise/sessions/{id}/cancel")
    String confirmCancel(@PathVariable UUID id, Model model) {
        Session session = organise.session(id);
        return page(session, session.version(), "organise/session-cancel", model);
    }

    @PostMapping("/organise/sessions/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam long version, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Session session = organise.session(id);
        try {
            api.post(Session.class, null, KoersApi.etag(version), "/api/sessions/{id}/cancel", id);
            redirect.addFlashAttribute("flash", "organise.flash.session.cancelled");
            return "redirect:/organise/cohorts/" + session.cohortId() + "#session-" + id;
        } catch (ApiProblem problem) {
            if (problem.isNotFound() || problem.status() == 403) {
                throw problem;
            }
            if (problem.status() == 412) {
                model.addAttribute("changed", true);
                response.setStatus(HttpStatus.CONFLICT.value());
                Session now = organise.session(id);
                return page(now, now.version(), "organise/session-cancel", model);
            }
            model.addAttribute("refusal", problem);
            response.setStatus(problem.isConflict() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(organise.session(id), session.version(), "organise/session-cancel", model);
        }
    }

    private String page(Session session, long version, String view, Model model) {
        var cohort = parts.load(() -> organise.cohort(session.cohortId()));
        var trajectory = parts.load(() -> organise.trajectory(session.trajectoryId()).value());
        model.addAttribute("meeting", session); // not "session": Thymeleaf keeps that name for the HTTP session
        model.addAttribute("version", version);
        model.addAttribute("cohort", cohort.get().value());
        model.addAttribute("trajectory", trajectory.get().value());
        return view;
    }
}
