package nl.koers.web.notification;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.Page;
import nl.koers.web.api.Part;
import nl.koers.web.api.Parts;
import nl.koers.web.api.Versioned;
import nl.koers.web.notification.NotificationModels.Mail;
import nl.koers.web.notification.NotificationModels.Preferences;
import nl.koers.web.reflection.Pager;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "E-mailberichten", for everyone who signs in: which of Koers's mails I get and in which language (the mails
 * about my place in a cohort cannot be turned off, and the page says why), and the mails Koers sent me, newest
 * first, a page at a time. notification-service keeps both. Saving sends the version the form was read at: when
 * the preferences were changed elsewhere meanwhile (412), the form comes back with what holds now and says so.
 */
@Controller
class NotificationsController {

    static final String PREFERENCES = "/api/notifications/preferences";
    static final int PER_PAGE = 20;
    static final List<String> LANGUAGES = List.of("nl", "en");

    private static final ParameterizedTypeReference<Page<Mail>> MAILS = new ParameterizedTypeReference<>() { };

    private final KoersApi api;
    private final Parts parts;

    NotificationsController(KoersApi api, Parts parts) {
        this.api = api;
        this.parts = parts;
    }

    @GetMapping("/notifications")
    String notifications(@RequestParam(defaultValue = "0") int page, Model model) {
        int at = Math.clamp(page, 0, 100_000);
        var mails = parts.load(() -> mails(at));
        Part<Versioned<Preferences>> preferences = parts.load(() -> api.getVersioned(Preferences.class, PREFERENCES)).get();
        if (preferences.available()) {
            model.addAttribute("form", PreferencesForm.of(preferences.value().value()));
        }
        return page(preferences.available() ? preferences.value().value() : null, mails.get(), model);
    }

    @PostMapping("/notifications")
    String save(@Valid @ModelAttribute("form") PreferencesForm form, BindingResult binding, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        var mails = parts.load(() -> mails(0));
        // The topics the service offers now, and which of them cannot be turned off: the form holds only the ticks.
        Preferences offered = api.get(Preferences.class, PREFERENCES);
        if (!binding.hasErrors()) {
            try {
                if (form.version() == null) {
                    api.put(Preferences.class, form.request(offered), PREFERENCES);
                } else {
                    api.put(Preferences.class, form.request(offered), KoersApi.etag(form.version()), PREFERENCES);
                }
                redirect.addFlashAttribute("flash", "notifications.flash.saved");
                return "redirect:/notifications";
            } catch (ApiProblem problem) {
                if (problem.status() == 412) {
                    return changedMeanwhile(mails.get(), model, response);
                }
                if (problem.status() != 400) {
                    throw problem;
                }
                besideTheFields(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(offered, mails.get(), model);
    }

    /**
     * The preferences were saved elsewhere (another window, another device) after this form was read: the form now
     * shows what holds, with its version, and the page says so; saving again is then a choice, not an accident.
     */
    private String changedMeanwhile(Part<Page<Mail>> mails, Model model, HttpServletResponse response) {
        Preferences now = api.get(Preferences.class, PREFERENCES);
        PreferencesForm fresh = PreferencesForm.of(now);
        model.addAttribute("form", fresh);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(fresh, "form"));
        model.addAttribute("changedMeanwhile", true);
        response.setStatus(HttpStatus.CONFLICT.value());
        return page(now, mails, model);
    }

    /**
     * notification-service names the language as {@code language} and each topic as {@code topics.<TOPIC>}; the form
     * has one place for each. It refuses only what the form cannot send, so the message is the page's own.
     */
    private static void besideTheFields(ApiProblem problem, BindingResult binding) {
        boolean placed = false;
        for (String field : problem.fieldErrors().keySet()) {
            if (field.equals("language")) {
                binding.rejectValue("language", "notifications.language.required");
                placed = true;
            } else if (field.startsWith("topics")) {
                binding.rejectValue("topics", "notifications.topics.invalid");
                placed = true;
            }
        }
        if (!placed) {
            binding.reject("notifications.save.failed");
        }
    }

    private Page<Mail> mails(int page) {
        return api.get(MAILS, "/api/notifications/mine?page={page}&size={size}", page, PER_PAGE);
    }

    /** @param preferences null when notification-service did not answer */
    private String page(Preferences preferences, Part<Page<Mail>> mails, Model model) {
        model.addAttribute("preferences", preferences);
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("mails", mails);
        model.addAttribute("pager", mails.available() && mails.value() != null
                ? Pager.of(mails.value(), "/notifications", Map.of(), "page") : null);
        return "notification/notifications";
    }
}
