package nl.koers.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.Page;
import nl.koers.web.layout.Choices;
import nl.koers.web.layout.FormErrors;
import nl.koers.web.privacy.Erasure;
import nl.koers.web.privacy.ErasureApi;
import nl.koers.web.reflection.Pager;
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
 * Erasures for admins: every request with its state, a page at a time; erasing on a participant's behalf (for
 * someone who asked by letter or who cannot sign in), confirmed with a tick since it cannot be undone; and each
 * erasure's progress per part of Koers, which refreshes itself until every part is erased.
 */
@Controller
class AdminErasuresController {

    static final int PER_PAGE = 25;
    static final List<String> STATUSES = List.of("PENDING", "COMPLETED");

    /** The identity provider's id of the participant, and the tick that says the admin knows what follows. */
    record OnBehalf(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String participantId,
                    @NotNull(message = "{admin.erasure.confirmed.required}")
                    @AssertTrue(message = "{admin.erasure.confirmed.required}") Boolean confirmed) {
    }

    private final ErasureApi erasures;
    private final FormErrors formErrors;
    private final Choices choices;

    AdminErasuresController(ErasureApi erasures, FormErrors formErrors, Choices choices) {
        this.erasures = erasures;
        this.formErrors = formErrors;
        this.choices = choices;
    }

    @GetMapping("/admin/erasures")
    String list(@RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        Page<Erasure> found = erasures.erasures(chosen, Math.clamp(page, 0, 100_000), PER_PAGE);
        Map<String, Object> keep = new LinkedHashMap<>();
        keep.put("status", chosen);
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", choices.of("admin.erasures.status", STATUSES));
        model.addAttribute("erasures", found);
        model.addAttribute("pager", Pager.of(found, "/admin/erasures", keep, "page"));
        return "admin/erasures";
    }

    @GetMapping("/admin/erasures/new")
    String form(Model model) {
        model.addAttribute("form", new OnBehalf("", false));
        return "admin/erasure-form";
    }

    @PostMapping("/admin/erasures/new")
    String request(@Valid @ModelAttribute("form") OnBehalf form, BindingResult binding, HttpServletResponse response,
                   RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                ErasureApi.Requested requested = erasures.request(form.participantId().strip());
                redirect.addFlashAttribute("flash", requested.alreadyUnderWay()
                        ? "admin.flash.erasure.underWay" : "admin.flash.erasure.requested");
                return "redirect:/admin/erasures/" + requested.erasure().id();
            } catch (ApiProblem problem) {
                if (problem.status() == 409) {
                    binding.rejectValue("participantId", "admin.erasure.alreadyErased");
                } else if (problem.isNotFound()) {
                    binding.rejectValue("participantId", "admin.erasure.unknown");
                } else if (problem.status() == 400) {
                    formErrors.apply(problem, binding);
                } else {
                    throw problem;
                }
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return "admin/erasure-form";
    }

    /** The progress of an erasure (see {@link ErasureApi#progress}). */
    @GetMapping("/admin/erasures/{id}")
    String progress(@PathVariable UUID id, Model model, HttpServletRequest request, HttpServletResponse response) {
        return erasures.progress(id, "/admin/erasures/" + id, "admin/erasure", model, request, response);
    }
}
