package nl.koers.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import nl.koers.web.reflection.Pager;
import nl.koers.web.security.HtmxAwareEntryPoint.Htmx;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Onbestelde e-mails" in Beheer: the mails notification-service gave up on after its last attempt (the mail
 * server away too long, or no address known for the person), the latest first, each with a button that sends it
 * again. Without JavaScript the button posts and the list comes back with a message; with htmx only its row is
 * replaced. Only admins may see or resend them: the API refuses everyone else, and the page then says so.
 */
@Controller
class UndeliveredMailController {

    static final String DEAD_LETTERS = "/api/notifications/dead-letters";
    static final int PER_PAGE = 25;

    private static final ParameterizedTypeReference<Page<UndeliveredMail>> MAILS = new ParameterizedTypeReference<>() { };

    private final KoersApi api;

    UndeliveredMailController(KoersApi api) {
        this.api = api;
    }

    @GetMapping("/admin/mail")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        int at = Math.clamp(page, 0, 100_000);
        Page<UndeliveredMail> mails = api.get(MAILS, DEAD_LETTERS + "?page={page}&size={size}", at, PER_PAGE);
        model.addAttribute("mails", mails);
        model.addAttribute("pager", Pager.of(mails, "/admin/mail", Map.of(), "page"));
        return "admin/mail";
    }

    /**
     * Sends one again (202: it waits its turn, from its first attempt, to the address as it is now). A mail sent
     * again or delivered meanwhile (409), or gone (404), is said as such: there is nothing left to do with it.
     */
    @PostMapping("/admin/mail/{id}/resend")
    String resend(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        String outcome;
        try {
            api.post(UndeliveredMail.class, null, DEAD_LETTERS + "/{id}/resend", id);
            outcome = "admin.mail.flash.resent";
        } catch (ApiProblem problem) {
            if (problem.status() == 409) {
                outcome = "admin.mail.flash.notUndelivered";
            } else if (problem.isNotFound()) {
                outcome = "admin.mail.flash.gone";
            } else {
                throw problem;
            }
        }
        if (Htmx.isHtmx(request)) {
            model.addAttribute("outcome", outcome);
            return "admin/fragments :: resent";
        }
        redirect.addFlashAttribute("flash", outcome);
        return page > 0 ? "redirect:/admin/mail?page=" + Math.clamp(page, 0, 100_000) : "redirect:/admin/mail";
    }
}
