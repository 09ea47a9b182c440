package nl.koers.web.reflection;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Part;
import nl.koers.web.api.Versioned;
import nl.koers.web.layout.FormErrors;
import nl.koers.web.reflection.ReflectionForm.Answer;
import nl.koers.web.reflection.ReflectionModels.NewReflection;
import nl.koers.web.reflection.ReflectionModels.Reflection;
import nl.koers.web.reflection.ReflectionModels.Revision;
import nl.koers.web.reflection.ReflectionModels.SessionPrompts;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writing, reading, revising and deleting my reflections after a session. reflection-service decides who
 * writes (confirmed participants), who reads (the visibility the owner chose; never organisers) and who
 * changes (the owner); a reflection that is not mine to read answers "not found". A revision carries the
 * ETag it was read with, so a change made meanwhile elsewhere is shown instead of overwritten.
 */
@Controller
class ReflectionController {

    private final KoersApi api;
    private final ReflectionContext context;
    private final ReflectionList list;
    private final FormErrors formErrors;
    private final Audience audience;

    ReflectionController(KoersApi api, ReflectionContext context, ReflectionList list, FormErrors formErrors,
                         Audience audience) {
        this.api = api;
        this.context = context;
        this.list = list;
        this.formErrors = formErrors;
        this.audience = audience;
    }

    @GetMapping("/reflections")
    String reflections(@RequestParam(required = false) UUID cohortId, @RequestParam(defaultValue = "0") int page,
                       Model model) {
        list.load(cohortId, Math.max(page, 0), model);
        return "reflection/list";
    }

    @GetMapping("/reflections/new")
    String newReflection(@RequestParam UUID cohortId, @RequestParam(required = false) UUID sessionId, Model model) {
        context.load(cohortId, sessionId, true, model);
        Part<SessionPrompts> prompts = promptsIn(model);
        List<Answer> answers = prompts.available()
                ? prompts.value().prompts().stream().map(p -> new Answer(p.key(), "")).toList() : List.of();
        model.addAttribute("form", new ReflectionForm(answers, "", "PRIVATE", null));
        return newPage(cohortId, sessionId, model);
    }

    @PostMapping("/reflections/new")
    String write(@RequestParam UUID cohortId, @RequestParam(required = false) UUID sessionId,
                 @Valid @ModelAttribute("form") ReflectionForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                Reflection written = api.post(Reflection.class, new NewReflection(cohortId, sessionId,
                        form.text().strip(), form.answered(), form.visibility()), "/api/reflections");
                redirect.addFlashAttribute("flash", "reflection.flash.written");
                return "redirect:/reflections/" + written.id();
            } catch (ApiProblem problem) {
                if (problem.isNotFound()) {
                    throw problem;
                }
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        context.load(cohortId, sessionId, true, model);
        return newPage(cohortId, sessionId, model);
    }

    @GetMapping("/reflections/{id}")
    String reflection(@PathVariable UUID id, Model model) {
        Reflection reflection = api.get(Reflection.class, "/api/reflections/{id}", id);
        model.addAttribute("reflection", reflection);
        context.load(reflection.cohortId(), reflection.sessionId(), false, model);
        return "reflection/reflection";
    }

    @GetMapping("/reflections/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Versioned<Reflection> read = api.getVersioned(Reflection.class, "/api/reflections/{id}", id);
        Reflection reflection = read.value();
        context.load(reflection.cohortId(), reflection.sessionId(), false, model);
        model.addAttribute("form", formOf(reflection, promptsIn(model), read.etag(), model));
        return editPage(reflection, model);
    }

    @PostMapping("/reflections/{id}/edit")
    String revise(@PathVariable UUID id, @Valid @ModelAttribute("form") ReflectionForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Reflection reflection = api.get(Reflection.class, "/api/reflections/{id}", id);
        if (!binding.hasErrors()) {
            if (form.etag() == null || form.etag().isBlank()) {
                return conflict(id, form, model, response);
            }
            try {
                api.put(Reflection.class, new Revision(reflection.sessionId(), form.text().strip(), form.answered(),
                        form.visibility()), form.etag(), "/api/reflections/{id}", id);
                redirect.addFlashAttribute("flash", "reflection.flash.revised");
                return "redirect:/reflections/" + id;
            } catch (ApiProblem problem) {
                if (problem.isNotFound()) {
                    throw problem;
                }
                if (problem.status() == 412) {
                    return conflict(id, form, model, response);
                }
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        context.load(reflection.cohortId(), reflection.sessionId(), false, model);
        return editPage(reflection, model);
    }

    @GetMapping("/reflections/{id}/delete")
    String confirmDeletion(@PathVariable UUID id, Model model) {
        Reflection reflection = api.get(Reflection.class, "/api/reflections/{id}", id);
        model.addAttribute("reflection", reflection);
        context.load(reflection.cohortId(), reflection.sessionId(), false, model);
        return "reflection/delete";
    }

    /**
     * Deletes the reflection as it is now: the API's delete takes an If-Match, but the web app's API client
     * deletes without one, so a revision made in between is deleted too (the confirmation names what goes).
     */
    @PostMapping("/reflections/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam(required = false) UUID cohortId, RedirectAttributes redirect) {
        api.delete("/api/reflections/{id}", id);
        redirect.addFlashAttribute("flash", "reflection.flash.deleted");
        return cohortId == null ? "redirect:/reflections" : "redirect:/reflections?cohortId=" + cohortId;
    }

    /** The reflection moved on since the form was read: show the current version beside my own text, which stays. */
    private String conflict(UUID id, ReflectionForm mine, Model model, HttpServletResponse response) {
        Versioned<Reflection> current = api.getVersioned(Reflection.class, "/api/reflections/{id}", id);
        Reflection reflection = current.value();
        model.addAttribute("form", mine.withEtag(current.etag()));
        model.addAttribute("current", reflection);
        context.load(reflection.cohortId(), reflection.sessionId(), false, model);
        response.setStatus(HttpStatus.CONFLICT.value());
        return editPage(reflection, model);
    }

    /** The form for a reflection: one field per current prompt, filled with its answer where it has one. */
    private static ReflectionForm formOf(Reflection reflection, Part<SessionPrompts> prompts, String etag, Model model) {
        List<Answer> answers = new ArrayList<>();
        Map<String, String> given = new LinkedHashMap<>(reflection.prompts());
        if (prompts.available()) {
            prompts.value().prompts().forEach(p -> answers.add(new Answer(p.key(), given.remove(p.key()))));
        }
        // Answers to prompts the organiser has removed since cannot be saved again (the API refuses unknown
        // prompts); with the prompts unknown, the answers are kept under their keys as they are.
        if (prompts.available()) {
            model.addAttribute("droppedAnswers", !given.isEmpty());
        } else {
            given.forEach((key, text) -> answers.add(new Answer(key, text)));
        }
        return new ReflectionForm(answers, reflection.text(), reflection.visibility(), etag);
    }

    @SuppressWarnings("unchecked")
    private static Part<SessionPrompts> promptsIn(Model model) {
        return (Part<SessionPrompts>) model.getAttribute("prompts");
    }

    private String newPage(UUID cohortId, UUID sessionId, Model model) {
        model.addAttribute("cohortId", cohortId);
        model.addAttribute("sessionId", sessionId);
        model.addAttribute("action", UriComponentsBuilder.fromPath("/reflections/new").queryParam("cohortId", cohortId)
                .queryParamIfPresent("sessionId", Optional.ofNullable(sessionId)).build().toUriString());
        model.addAttribute("visibilities", audience.options("reflection"));
        return "reflection/form";
    }

    private String editPage(Reflection reflection, Model model) {
        model.addAttribute("reflection", reflection);
        model.addAttribute("cohortId", reflection.cohortId());
        model.addAttribute("sessionId", reflection.sessionId());
        model.addAttribute("action", "/reflections/" + reflection.id() + "/edit");
        model.addAttribute("visibilities", audience.options("reflection"));
        return "reflection/form";
    }
}
