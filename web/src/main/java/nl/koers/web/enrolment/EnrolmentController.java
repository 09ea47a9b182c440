package nl.koers.web.enrolment;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.cohort.Cohorts;
import nl.koers.web.layout.FormErrors;
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
 * Enrolling in a cohort with a motivation, following my place on the waitlist, and withdrawing after a
 * confirmation. Whether I get a seat or a place on the waitlist is enrolment-service's decision; this page
 * tells me which.
 */
@Controller
class EnrolmentController {

    /** The enrolment form. The limit is the API's, repeated here so the message can be in the reader's language. */
    record EnrolForm(@Size(max = 2000, message = "{validation.size.max}") String motivation) {
    }

    record Enrolment(UUID id, UUID cohortId, String status, Integer waitlistPosition) {
    }

    private final KoersApi api;
    private final Cohorts cohorts;
    private final FormErrors formErrors;
    private final MessageSource messages;

    EnrolmentController(KoersApi api, Cohorts cohorts, FormErrors formErrors, MessageSource messages) {
        this.api = api;
        this.cohorts = cohorts;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping("/cohorts/{id}/enrol")
    String form(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new EnrolForm(""));
        return page(id, model);
    }

    @PostMapping("/cohorts/{id}/enrol")
    String enrol(@PathVariable UUID id, @Valid @ModelAttribute("form") EnrolForm form, BindingResult binding,
                 Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                Enrolment enrolment = api.post(Enrolment.class, Map.of("cohortId", id,
                        "motivation", form.motivation() == null ? "" : form.motivation().strip()), "/api/enrolments");
                redirect.addFlashAttribute("flash", "WAITLISTED".equals(enrolment.status())
                        ? "flash.enrolment.waitlisted" : "flash.enrolment.confirmed");
                return "redirect:/";
            } catch (ApiProblem problem) {
                if (problem.isNotFound()) {
                    throw problem;
                }
                formErrors.apply(problem, binding);
                model.addAttribute("profileMissing", "profile-missing".equals(problem.code()));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(id, model);
    }

    @GetMapping("/enrolments/{id}/status")
    String status(@PathVariable UUID id, @RequestParam(required = false) Integer position, Model model) {
        Enrolment enrolment = api.get(Enrolment.class, "/api/enrolments/{id}", id);
        model.addAttribute("e", enrolment);
        model.addAttribute("announce", announcement(position, enrolment));
        return "home/fragments :: status(e=${e}, announce=${announce})";
    }

    @GetMapping("/enrolments/{id}/withdraw")
    String confirmWithdrawal(@PathVariable UUID id, Model model) {
        Enrolment enrolment = api.get(Enrolment.class, "/api/enrolments/{id}", id);
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("cohort", cohorts.get(enrolment.cohortId()));
        return "enrolment/withdraw";
    }

    @PostMapping("/enrolments/{id}/withdraw")
    String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
        api.post(Enrolment.class, null, "/api/enrolments/{id}/withdraw", id);
        redirect.addFlashAttribute("flash", "flash.enrolment.withdrawn");
        return "redirect:/";
    }

    private String page(UUID cohortId, Model model) {
        model.addAttribute("cohort", cohorts.get(cohortId));
        return "enrolment/enrol";
    }

    /** A sentence for screen readers when my place changed since the page last asked; nothing when it did not. */
    private String announcement(Integer before, Enrolment now) {
        if (before == null) {
            return null;
        }
        var locale = LocaleContextHolder.getLocale();
        if ("CONFIRMED".equals(now.status())) {
            return messages.getMessage("enrolment.announce.confirmed", null, locale);
        }
        if (now.waitlistPosition() != null && !now.waitlistPosition().equals(before)) {
            return messages.getMessage("enrolment.announce.moved", new Object[] {now.waitlistPosition()}, locale);
        }
        return null;
    }
}
