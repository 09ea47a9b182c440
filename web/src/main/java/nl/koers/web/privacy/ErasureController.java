package nl.koers.web.privacy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.web.api.ApiProblem;
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
 * "Gegevens laten wissen": what erasure means, in plain words, then a confirmation that says it cannot be undone,
 * then the erasure's progress per part of Koers, which refreshes itself with htmx until every part is erased (and
 * has a plain reload link without JavaScript). A participant asks only for themselves; enrolment-service decides.
 */
@Controller
class ErasureController {

    /** The erasure's id in the service's detail of a 409 ("already erased by erasure ... on ..."), to link to it. */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The confirmation: nothing is erased without the tick that says the reader knows it cannot be undone. */
    record Confirmation(@NotNull(message = "{privacy.erasure.understood.required}")
                        @AssertTrue(message = "{privacy.erasure.understood.required}") Boolean understood) {
    }

    private final ErasureApi erasures;

    ErasureController(ErasureApi erasures) {
        this.erasures = erasures;
    }

    @GetMapping("/my-data/erasure")
    String explain(Model model) {
        model.addAttribute("form", new Confirmation(false));
        return "privacy/erase";
    }

    @PostMapping("/my-data/erasure")
    String erase(@Valid @ModelAttribute("form") Confirmation form, BindingResult binding, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "privacy/erase";
        }
        try {
            ErasureApi.Requested requested = erasures.request(null);
            redirect.addFlashAttribute("flash", requested.alreadyUnderWay()
                    ? "privacy.flash.erasure.underWay" : "privacy.flash.erasure.requested");
            return "redirect:/my-data/erasures/" + requested.erasure().id();
        } catch (ApiProblem problem) {
            if (problem.status() == 409) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("alreadyErased", true);
                model.addAttribute("earlier", earlierErasure(problem));
                return "privacy/erase";
            }
            if (problem.isNotFound()) {
                // Koers never knew this account: there is nothing to erase, which is not an error of the reader's.
                model.addAttribute("nothingHeld", true);
                return "privacy/erase";
            }
            throw problem;
        }
    }

    /** The progress of an erasure (see {@link ErasureApi#progress}). */
    @GetMapping("/my-data/erasures/{id}")
    String progress(@PathVariable UUID id, Model model, HttpServletRequest request, HttpServletResponse response) {
        return erasures.progress(id, "/my-data/erasures/" + id, "privacy/erasure", model, request, response);
    }

    /** The earlier erasure the service's 409 names, when it names one. */
    static UUID earlierErasure(ApiProblem problem) {
        Matcher id = ID.matcher(problem.detail() == null ? "" : problem.detail());
        return id.find() ? UUID.fromString(id.group()) : null;
    }
}
