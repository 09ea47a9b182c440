package nl.koers.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import nl.koers.web.layout.FormErrors;
import nl.koers.web.layout.Option;
import nl.koers.web.reflection.Pager;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for admins (Beheer): every change organisers, facilitators and admins made, every export and
 * every erasure, newest first, a page at a time, filtered by who, what, which record, which service and which
 * days. Only admins may read it; the API refuses everyone else, and the page then says so.
 */
@Controller
class AuditController {

    static final int PER_PAGE = 25;
    private static final ParameterizedTypeReference<Page<AuditEntry>> ENTRIES = new ParameterizedTypeReference<>() { };

    private final KoersApi api;
    private final FormErrors formErrors;
    private final MessageSource messages;

    AuditController(KoersApi api, FormErrors formErrors, MessageSource messages) {
        this.api = api;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String audit(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult binding,
                 @RequestParam(name = "page", defaultValue = "0") int page, Model model, HttpServletResponse response) {
        filter.check(binding);
        page(filter, model);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "admin/audit";
        }
        int at = Math.clamp(page, 0, 100_000);
        AuditFilter.Query query = filter.query(at, PER_PAGE);
        try {
            Page<AuditEntry> entries = api.get(ENTRIES, query.template(), query.variables());
            model.addAttribute("entries", entries);
            model.addAttribute("pager", Pager.of(entries, "/admin/audit", filter.parameters(), "page"));
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            formErrors.apply(problem, binding);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        return "admin/audit";
    }

    private void page(AuditFilter filter, Model model) {
        List<String> actions = new ArrayList<>(AuditActions.KNOWN);
        if (filter.action() != null && !filter.action().isBlank() && !actions.contains(filter.action().strip())) {
            // An action the web app has no text for yet, chosen from an entry's link: offered as its code.
            actions.add(filter.action().strip());
        }
        model.addAttribute("actions", actions.stream().map(a -> new Option(a, text("audit.action." + a, a))).toList());
        model.addAttribute("services", AuditActions.SERVICES.stream()
                .map(s -> new Option(s, text("audit.service." + s, s))).toList());
    }

    private String text(String key, String otherwise) {
        return messages.getMessage(key, null, otherwise, LocaleContextHolder.getLocale());
    }
}
