package nl.koers.web.facilitation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.cohort.CohortModels.Session;
import nl.koers.web.cohort.Cohorts;
import nl.koers.web.facilitation.FacilitationModels.Case;
import nl.koers.web.facilitation.FacilitationModels.Feedback;
import nl.koers.web.facilitation.FacilitationModels.Intervention;
import nl.koers.web.facilitation.FacilitationModels.Prompt;
import nl.koers.web.facilitation.FacilitationModels.Prompts;
import nl.koers.web.facilitation.FacilitationModels.Question;
import nl.koers.web.facilitation.FacilitationModels.Reflection;
import nl.koers.web.facilitation.FacilitationModels.Roster;
import nl.koers.web.layout.FormErrors;
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
 * What participants shared with facilitators or their cohort, as the API shows it to me: a development question
 * with its revisions, a reflection, a case, and an intervention with its feedback and a form to give mine. The
 * services decide what I may read; anything they answer "not found" is the friendly not-found page. Names come
 * from the cohort's roster, which is a part of its own: when it cannot be read, a page says "een deelnemer".
 */
@Controller
class SharedWorkController {

    /** Feedback on an intervention; the limit is the API's (Feedback.MAX_TEXT), so the message is the reader's language. */
    record FeedbackForm(@NotBlank(message = "{validation.required}")
                        @Size(max = MAX_FEEDBACK, message = "{validation.size.max}") String text) {
    }

    /** reflection-service's Feedback.MAX_TEXT. */
    static final int MAX_FEEDBACK = 4_000;

    private final KoersApi api;
    private final FacilitationApi facilitation;
    private final Cohorts cohorts;
    private final Parts parts;
    private final FormErrors formErrors;

    SharedWorkController(KoersApi api, FacilitationApi facilitation, Cohorts cohorts, Parts parts, FormErrors formErrors) {
        this.api = api;
        this.facilitation = facilitation;
        this.cohorts = cohorts;
        this.parts = parts;
        this.formErrors = formErrors;
    }

    @GetMapping("/facilitation/interventions/{id}")
    String intervention(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new FeedbackForm(""));
        return interventionPage(id, model);
    }

    @PostMapping("/facilitation/interventions/{id}/feedback")
    String giveFeedback(@PathVariable UUID id, @Valid @ModelAttribute("form") FeedbackForm form, BindingResult binding,
                        Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                api.post(Feedback.class, Map.of("text", form.text().strip()), "/api/interventions/{id}/feedback", id);
                redirect.addFlashAttribute("flash", "facilitation.feedback.given");
                return "redirect:/facilitation/interventions/" + id;
            } catch (ApiProblem problem) {
                if (problem.isNotFound() || problem.status() == 403) {
                    throw problem;
                }
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return interventionPage(id, model);
    }

    @GetMapping("/facilitation/questions/{id}")
    String question(@PathVariable UUID id, Model model) {
        Question question = api.get(Question.class, "/api/development-questions/{id}", id);
        var roster = parts.load(() -> rosterOrNobody(question.cohortId()));
        var sessions = parts.load(() -> sessionsOrNone(question.cohortId()));
        model.addAttribute("question", question);
        model.addAttribute("roster", names(roster.get()));
        model.addAttribute("sequences", sequences(sessions.get()));
        return "facilitation/question";
    }

    @GetMapping("/facilitation/reflections/{id}")
    String reflection(@PathVariable UUID id, Model model) {
        Reflection reflection = api.get(Reflection.class, "/api/reflections/{id}", id);
        var roster = parts.load(() -> rosterOrNobody(reflection.cohortId()));
        var sessions = parts.load(() -> sessionsOrNone(reflection.cohortId()));
        boolean answered = reflection.sessionId() != null && reflection.prompts() != null && !reflection.prompts().isEmpty();
        var prompts = answered
                ? parts.load(() -> api.get(Prompts.class, "/api/reflections/prompts/{sessionId}", reflection.sessionId()))
                : null;
        model.addAttribute("reflection", reflection);
        model.addAttribute("roster", names(roster.get()));
        model.addAttribute("sequences", sequences(sessions.get()));
        model.addAttribute("questions", prompts == null ? Map.of() : promptQuestions(prompts));
        return "facilitation/reflection";
    }

    @GetMapping("/facilitation/cases/{id}")
    String casus(@PathVariable UUID id, Model model) {
        Case found = api.get(Case.class, "/api/cases/{id}", id);
        model.addAttribute("casus", found);
        model.addAttribute("roster", names(parts.load(() -> rosterOrNobody(found.cohortId())).get()));
        return "facilitation/case";
    }

    private String interventionPage(UUID id, Model model) {
        var feedback = parts.load(() -> facilitation.feedbackOn(id));
        Intervention intervention = api.get(Intervention.class, "/api/interventions/{id}", id);
        var roster = parts.load(() -> rosterOrNobody(intervention.cohortId()));
        model.addAttribute("intervention", intervention);
        model.addAttribute("feedback", feedback.get());
        model.addAttribute("roster", names(roster.get()));
        model.addAttribute("maxFeedback", MAX_FEEDBACK);
        return "facilitation/intervention";
    }

    /**
     * The names of the cohort's participants. Names only help to read the page: when the API does not show me the
     * roster (I read the record as a member of the cohort, not as its facilitator), the page says "een deelnemer".
     */
    private Roster rosterOrNobody(UUID cohortId) {
        try {
            return facilitation.roster(cohortId);
        } catch (ApiProblem notShown) {
            if (notShown.isNotFound() || notShown.status() == 403) {
                return Roster.of(List.of());
            }
            throw notShown;
        }
    }

    /** The cohort's sessions, to name the one a record is about; none when the API does not show them to me. */
    private List<Session> sessionsOrNone(UUID cohortId) {
        try {
            return cohorts.sessions(cohortId);
        } catch (ApiProblem notShown) {
            if (notShown.isNotFound() || notShown.status() == 403) {
                return List.of();
            }
            throw notShown;
        }
    }

    private static Roster names(Part<Roster> roster) {
        return roster.available() ? roster.value() : Roster.unavailable();
    }

    private static Map<UUID, Integer> sequences(Part<List<Session>> sessions) {
        return sessions.available() ? FacilitationController.sequences(sessions.value()) : Map.of();
    }

    /** Prompt key to the question it asked; empty when the prompts cannot be read (the page then shows no question). */
    private static Map<String, String> promptQuestions(Parts.Loading<Prompts> prompts) {
        Part<Prompts> part;
        try {
            part = prompts.get();
        } catch (ApiProblem notReadable) {
            return Map.of();
        }
        if (part.unavailable() || part.value() == null || part.value().prompts() == null) {
            return Map.of();
        }
        return part.value().prompts().stream()
                .collect(Collectors.toMap(Prompt::key, Prompt::question, (a, b) -> a));
    }
}
