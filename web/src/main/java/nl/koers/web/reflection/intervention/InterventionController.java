package nl.koers.web.reflection.intervention;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import nl.koers.web.api.Parts;
import nl.koers.web.layout.FormErrors;
import nl.koers.web.layout.ProblemTexts;
import nl.koers.web.reflection.Audience;
import nl.koers.web.reflection.CohortFacts;
import nl.koers.web.reflection.Pager;
import nl.koers.web.reflection.intervention.ActionForms.ExperienceForm;
import nl.koers.web.reflection.intervention.ActionForms.FeedbackForm;
import nl.koers.web.reflection.intervention.ActionForms.NextStepsForm;
import nl.koers.web.reflection.intervention.InterventionModels.CaseTitle;
import nl.koers.web.reflection.intervention.InterventionModels.DevelopmentQuestion;
import nl.koers.web.reflection.intervention.InterventionModels.Feedback;
import nl.koers.web.reflection.intervention.InterventionModels.Intervention;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
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
 * One intervention: its plan, where it stands (planned, in progress, carried out, reflected), the next step
 * its owners can take, and the feedback on it. Owners read the feedback they received; others who may read the
 * intervention give feedback. reflection-service decides each move (a move the status does not allow is
 * refused with a message) and who reads; the page only offers what fits the answer.
 *
 * <p>The moves are sent without If-Match: the web app's API client posts without one, so a move applies to the
 * intervention as it is when it arrives, and one the status no longer allows is refused by the API.
 */
@Controller
class InterventionController {

    static final int FEEDBACK_PAGE_SIZE = 20;

    private static final ParameterizedTypeReference<Page<Feedback>> FEEDBACK = new ParameterizedTypeReference<>() { };

    private final KoersApi api;
    private final CohortFacts cohorts;
    private final Parts parts;
    private final FormErrors formErrors;
    private final ProblemTexts problems;

    InterventionController(KoersApi api, CohortFacts cohorts, Parts parts, FormErrors formErrors, ProblemTexts problems) {
        this.api = api;
        this.cohorts = cohorts;
        this.parts = parts;
        this.formErrors = formErrors;
        this.problems = problems;
    }

    @GetMapping("/interventions/{id}")
    String show(@PathVariable UUID id, @RequestParam(defaultValue = "0") int feedbackPage,
                @AuthenticationPrincipal OidcUser me, Model model) {
        return page(id, Math.max(feedbackPage, 0), me, model);
    }

    @PostMapping("/interventions/{id}/start")
    String start(@PathVariable UUID id, @AuthenticationPrincipal OidcUser me, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        try {
            api.post(Intervention.class, null, "/api/interventions/{id}/start", id);
            redirect.addFlashAttribute("flash", "intervention.flash.started");
            return "redirect:/interventions/" + id;
        } catch (ApiProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            model.addAttribute("startProblem", problems.text(problem));
            response.setStatus(refusal(problem));
            return page(id, 0, me, model);
        }
    }

    @PostMapping("/interventions/{id}/carry-out")
    String carryOut(@PathVariable UUID id, @Valid @ModelAttribute("experienceForm") ExperienceForm form,
                    BindingResult binding, @AuthenticationPrincipal OidcUser me, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        return move(id, "carry-out", Map.of("experience", form.experience() == null ? "" : form.experience().strip()),
                binding, "intervention.flash.carriedOut", me, model, redirect, response);
    }

    @PostMapping("/interventions/{id}/reflect")
    String reflect(@PathVariable UUID id, @Valid @ModelAttribute("nextStepsForm") NextStepsForm form,
                   BindingResult binding, @AuthenticationPrincipal OidcUser me, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        return move(id, "reflect", Map.of("nextSteps", form.nextSteps() == null ? "" : form.nextSteps().strip()),
                binding, "intervention.flash.reflected", me, model, redirect, response);
    }

    @PostMapping("/interventions/{id}/feedback")
    String giveFeedback(@PathVariable UUID id, @Valid @ModelAttribute("feedbackForm") FeedbackForm form,
                        BindingResult binding, @AuthenticationPrincipal OidcUser me, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                api.post(Feedback.class, Map.of("text", form.text().strip()), "/api/interventions/{id}/feedback", id);
                redirect.addFlashAttribute("flash", "intervention.flash.feedbackGiven");
                return "redirect:/interventions/" + id + "#feedback";
            } catch (ApiProblem problem) {
                if (problem.isNotFound()) {
                    throw problem;
                }
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(id, 0, me, model);
    }

    private String move(UUID id, String move, Map<String, String> body, BindingResult binding, String flash,
                        OidcUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                api.post(Intervention.class, body, "/api/interventions/{id}/" + move, id);
                redirect.addFlashAttribute("flash", flash);
                return "redirect:/interventions/" + id;
            } catch (ApiProblem problem) {
                if (problem.isNotFound()) {
                    throw problem;
                }
                formErrors.apply(problem, binding);
                response.setStatus(refusal(problem));
                return page(id, 0, me, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(id, 0, me, model);
    }

    private String page(UUID id, int feedbackPage, OidcUser me, Model model) {
        var feedback = parts.load(() -> api.get(FEEDBACK, "/api/interventions/{id}/feedback?page={page}&size={size}",
                id, feedbackPage, FEEDBACK_PAGE_SIZE));
        Intervention intervention = api.get(Intervention.class, "/api/interventions/{id}", id);
        var cohort = parts.load(() -> cohorts.headerIfVisible(intervention.cohortId()));
        var linkedCase = parts.load(() -> intervention.caseId() == null ? null : readable(() ->
                api.get(CaseTitle.class, "/api/cases/{id}", intervention.caseId())));
        var question = parts.load(() -> intervention.developmentQuestionId() == null ? null : readable(() ->
                api.get(DevelopmentQuestion.class, "/api/development-questions/{id}", intervention.developmentQuestionId())));

        String myId = me == null ? null : me.getSubject();
        model.addAttribute("intervention", intervention);
        model.addAttribute("owner", Audience.owns(myId, intervention.ownerId(), intervention.coOwnerIds()));
        model.addAttribute("statuses", InterventionModels.STATUSES);
        model.addAttribute("currentStep", InterventionModels.STATUSES.indexOf(intervention.status()));
        var loadedFeedback = feedback.get();
        model.addAttribute("feedback", loadedFeedback);
        model.addAttribute("feedbackPager", loadedFeedback.available()
                ? Pager.of(loadedFeedback.value(), "/interventions/" + id, Map.of(), "feedbackPage") : null);
        model.addAttribute("cohort", cohort.get());
        model.addAttribute("linkedCase", linkedCase.get());
        model.addAttribute("question", question.get());
        if (!model.containsAttribute("experienceForm")) {
            model.addAttribute("experienceForm", new ExperienceForm(""));
        }
        if (!model.containsAttribute("nextStepsForm")) {
            model.addAttribute("nextStepsForm", new NextStepsForm(""));
        }
        if (!model.containsAttribute("feedbackForm")) {
            model.addAttribute("feedbackForm", new FeedbackForm(""));
        }
        return "reflection/intervention/intervention";
    }

    /** A move the status does not allow (409) stays a conflict; anything else the API refused is 422. */
    private static int refusal(ApiProblem problem) {
        return problem.isConflict() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_ENTITY.value();
    }

    /** What the API answers, or null when it is not (or no longer) mine to read. */
    private static <T> T readable(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiProblem problem) {
            if (problem.isNotFound() || problem.status() == 403) {
                return null;
            }
            throw problem;
        }
    }
}
