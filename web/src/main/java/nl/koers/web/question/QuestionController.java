package nl.koers.web.question;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.cohort.CohortModels.CohortOfTrajectory;
import nl.koers.web.cohort.Cohorts;
import nl.koers.web.cohort.MyCohorts.MyCohort;
import nl.koers.web.cohort.MyCohorts;
import nl.koers.web.i18n.Formats;
import nl.koers.web.layout.Choices;
import nl.koers.web.layout.FormErrors;
import nl.koers.web.layout.Option;
import nl.koers.web.question.QuestionModels.ListedQuestion;
import nl.koers.web.question.QuestionModels.Question;
import nl.koers.web.question.QuestionModels.Revision;
import nl.koers.web.question.QuestionModels.Session;
import nl.koers.web.question.QuestionModels.TimelineEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
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
 * A participant's development questions: the list (mine, and what others in my cohorts share with the cohort),
 * writing one down, a question with its history from the first wording to today, refining it and choosing who
 * may read it. trajectory-service decides who reads and changes what: a question that is not mine to read
 * answers 404 there, which these pages show as "not found".
 */
@Controller
class QuestionController {

    static final List<String> SCOPES = List.of("INDIVIDUAL", "TEAM");
    static final List<String> VISIBILITIES = List.of("PRIVATE", "FACILITATORS", "COHORT");
    static final int PAGE_SIZE = 20;

    private static final ParameterizedTypeReference<Page<Question>> QUESTIONS = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<MyCohort>> MY_COHORTS = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Page<Session>> SESSIONS = new ParameterizedTypeReference<>() { };

    /** Writing down a question. The limits are the API's, repeated so the messages are in the reader's language. */
    record LogForm(
            @NotNull(message = "{validation.choose}") UUID cohortId,
            @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size.max}") String text,
            @NotBlank(message = "{validation.choose}") String scope,
            @NotBlank(message = "{validation.choose}") String visibility) {
    }

    /** A refinement: the new text and scope, optionally the session it came from and a note. */
    record RefineForm(
            @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size.max}") String text,
            @NotBlank(message = "{validation.choose}") String scope,
            UUID sessionId,
            @Size(max = 2000, message = "{validation.size.max}") String note) {
    }

    record VisibilityForm(@NotBlank(message = "{validation.choose}") String visibility) {
    }

    private final KoersApi api;
    private final Parts parts;
    private final Cohorts cohorts;
    private final Choices choices;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final Formats formats;

    QuestionController(KoersApi api, Parts parts, Cohorts cohorts, Choices choices, FormErrors formErrors,
                       MessageSource messages, Formats formats) {
        this.api = api;
        this.parts = parts;
        this.cohorts = cohorts;
        this.choices = choices;
        this.formErrors = formErrors;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/questions")
    String list(@RequestParam(required = false) UUID cohortId, @RequestParam(defaultValue = "0") int page, Model model) {
        int wanted = Math.max(0, page);
        String uri = cohortId == null
                ? "/api/development-questions?page={page}&size={size}"
                : "/api/development-questions?cohortId={cohortId}&page={page}&size={size}";
        Object[] variables = cohortId == null ? new Object[] {wanted, PAGE_SIZE} : new Object[] {cohortId, wanted, PAGE_SIZE};
        var questions = parts.load(() -> api.get(QUESTIONS, uri, variables));
        var mine = parts.load(this::myCohorts);

        Part<List<MyCohort>> myCohorts = mine.get();
        Part<Page<Question>> found = questions.get();
        Map<UUID, MyCohort> byId = myCohorts.available()
                ? myCohorts.value().stream().collect(Collectors.toMap(MyCohort::id, Function.identity(), (a, b) -> a))
                : Map.of();
        model.addAttribute("cohortId", cohortId);
        model.addAttribute("cohortChoice", myCohorts.available()
                ? Part.of(myCohorts.value().stream().filter(MyCohort::participating).toList()) : Part.<List<MyCohort>>missing());
        model.addAttribute("questions", found.available() ? Part.of(found.value()) : Part.<Page<Question>>missing());
        model.addAttribute("listed", found.available()
                ? found.value().items().stream().map(q -> new ListedQuestion(q, byId.get(q.cohortId()))).toList()
                : List.of());
        return "question/list";
    }

    @GetMapping("/questions/new")
    String newQuestion(@RequestParam(required = false) UUID cohortId, Model model) {
        List<MyCohort> seated = seatedCohorts();
        UUID preselected = cohortId != null ? cohortId : seated.size() == 1 ? seated.getFirst().id() : null;
        model.addAttribute("form", new LogForm(preselected, "", "INDIVIDUAL", "PRIVATE"));
        return newPage(seated, model);
    }

    @PostMapping("/questions/new")
    String log(@Valid @ModelAttribute("form") LogForm form, BindingResult binding, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("cohortId", form.cohortId());
                body.put("text", form.text().strip());
                body.put("scope", form.scope());
                body.put("visibility", form.visibility());
                Question logged = api.post(Question.class, body, "/api/development-questions");
                redirect.addFlashAttribute("flash", "questions.flash.logged");
                return "redirect:/questions/" + logged.id();
            } catch (ApiProblem problem) {
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return newPage(seatedCohorts(), model);
    }

    @GetMapping("/questions/{id}")
    String question(@PathVariable UUID id, Model model) {
        Question question = api.get(Question.class, "/api/development-questions/{id}", id);
        if (!model.containsAttribute("visibilityForm")) {
            model.addAttribute("visibilityForm", new VisibilityForm(question.visibility()));
        }
        return questionPage(question, model);
    }

    @PostMapping("/questions/{id}/visibility")
    String changeVisibility(@PathVariable UUID id, @Valid @ModelAttribute("visibilityForm") VisibilityForm form,
                            BindingResult binding, Model model, RedirectAttributes redirect,
                            HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                api.patch(Question.class, Map.of("visibility", form.visibility()), "/api/development-questions/{id}", id);
                redirect.addFlashAttribute("flash", "questions.flash.visibility");
                return "redirect:/questions/" + id;
            } catch (ApiProblem problem) {
                if (problem.isNotFound() || problem.status() == 403) {
                    throw problem;
                }
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return questionPage(api.get(Question.class, "/api/development-questions/{id}", id), model);
    }

    @GetMapping("/questions/{id}/refine")
    String refineForm(@PathVariable UUID id, Model model) {
        Question question = api.get(Question.class, "/api/development-questions/{id}", id);
        model.addAttribute("form", new RefineForm(question.text(), question.scope(), null, ""));
        return refinePage(question, model);
    }

    /** Refining adds a revision; the API keeps every one, so there is nothing to overwrite and no If-Match. */
    @PostMapping("/questions/{id}/refine")
    String refine(@PathVariable UUID id, @Valid @ModelAttribute("form") RefineForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("text", form.text().strip());
                body.put("scope", form.scope());
                body.put("sessionId", form.sessionId());
                body.put("note", form.note() == null || form.note().isBlank() ? null : form.note().strip());
                api.post(Question.class, body, "/api/development-questions/{id}/revisions", id);
                redirect.addFlashAttribute("flash", "questions.flash.refined");
                return "redirect:/questions/" + id;
            } catch (ApiProblem problem) {
                if (problem.isNotFound() || problem.status() == 403) {
                    throw problem;
                }
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return refinePage(api.get(Question.class, "/api/development-questions/{id}", id), model);
    }

    private String newPage(List<MyCohort> seated, Model model) {
        model.addAttribute("cohortOptions", seated.stream().map(c -> new Option(c.id().toString(), c.label())).toList());
        model.addAttribute("noCohort", seated.isEmpty());
        addChoices(model);
        return "question/new";
    }

    private String questionPage(Question question, Model model) {
        List<Revision> revisions = question.revisions() == null ? List.of()
                : question.revisions().stream().sorted(Comparator.comparingInt(Revision::number)).toList();
        Set<UUID> sessionIds = revisions.stream().map(Revision::sessionId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        var loading = sessionIds.stream().collect(Collectors.toMap(Function.identity(),
                sessionId -> parts.load(() -> session(sessionId)), (a, b) -> a, LinkedHashMap::new));
        var cohort = parts.load(() -> cohort(question.cohortId()));

        Map<UUID, Session> sessions = new LinkedHashMap<>();
        loading.forEach((sessionId, part) -> {
            Part<Session> found = part.get();
            if (found.available() && found.value() != null) {
                sessions.put(sessionId, found.value());
            }
        });
        String previousScope = null;
        List<TimelineEntry> timeline = new ArrayList<>();
        for (Revision revision : revisions) {
            timeline.add(new TimelineEntry(revision, previousScope,
                    revision.sessionId() == null ? null : sessions.get(revision.sessionId())));
            previousScope = revision.scope();
        }
        Part<CohortOfTrajectory> ofCohort = cohort.get();
        model.addAttribute("question", question);
        model.addAttribute("timeline", timeline);
        model.addAttribute("cohort", ofCohort.available() ? ofCohort.value() : null);
        addChoices(model);
        return "question/question";
    }

    private String refinePage(Question question, Model model) {
        var loading = parts.load(() -> api.get(SESSIONS, "/api/cohorts/{id}/sessions?size=50", question.cohortId()).items());
        Part<List<Session>> sessions = loading.get();
        model.addAttribute("question", question);
        model.addAttribute("sessionsUnavailable", sessions.unavailable());
        // A cancelled session cannot be where a refinement came from (the API refuses it), so it is not offered.
        model.addAttribute("sessionOptions", sessions.available()
                ? sessions.value().stream().filter(s -> !s.cancelled()).map(this::sessionOption).toList() : List.of());
        addChoices(model);
        return "question/refine";
    }

    private Option sessionOption(Session session) {
        var locale = LocaleContextHolder.getLocale();
        String label = session.startsAt() == null
                ? messages.getMessage("questions.refine.sessionOption.undated", new Object[] {session.sequence(), session.title()}, locale)
                : messages.getMessage("questions.refine.sessionOption",
                        new Object[] {session.sequence(), session.title(), formats.day(session.startsAt())}, locale);
        return new Option(session.id().toString(), label);
    }

    private void addChoices(Model model) {
        model.addAttribute("scopes", choices.of("questions.scope", SCOPES));
        model.addAttribute("visibilities", choices.of("questions.visibility", VISIBILITIES));
    }

    private List<MyCohort> myCohorts() {
        return api.get(MY_COHORTS, "/api/cohorts/mine?size=100").items();
    }

    /** The cohorts in which I can write a question: presentation of the API's answer; the API still decides. */
    private List<MyCohort> seatedCohorts() {
        return myCohorts().stream().filter(MyCohort::participating).toList();
    }

    /** The session a revision came from, or null when it is gone or not mine to see: then the timeline leaves it out. */
    private Session session(UUID id) {
        try {
            return api.get(Session.class, "/api/sessions/{id}", id);
        } catch (ApiProblem problem) {
            if (problem.isNotFound() || problem.status() == 403) {
                return null;
            }
            throw problem;
        }
    }

    /** The question's cohort and trajectory for the page's context line, or null when I cannot read the cohort. */
    private CohortOfTrajectory cohort(UUID id) {
        try {
            return cohorts.get(id);
        } catch (ApiProblem problem) {
            return null;
        }
    }
}
