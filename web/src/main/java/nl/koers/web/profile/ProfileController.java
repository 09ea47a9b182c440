package nl.koers.web.profile;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.koers.web.api.ApiProblem;
import nl.koers.web.api.KoersApi;
import nl.koers.web.layout.Choices;
import nl.koers.web.layout.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My profile: name, e-mail, institution, sector and function, which enrolment-service keeps and rosters show. */
@Controller
class ProfileController {

    static final List<String> SECTORS = List.of("PO", "VO", "MBO", "HBO");

    /** The profile form; its limits are the API's, so that the messages can be in the reader's language. */
    record ProfileForm(
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}") String displayName,
            @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.size.max}") String email,
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String institution,
            @NotBlank(message = "{validation.choose}") String sector,
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}") String function) {
    }

    private final KoersApi api;
    private final FormErrors formErrors;
    private final Choices choices;

    ProfileController(KoersApi api, FormErrors formErrors, Choices choices) {
        this.api = api;
        this.formErrors = formErrors;
        this.choices = choices;
    }

    @GetMapping("/profile")
    String show(Model model) {
        ProfileForm profile;
        try {
            profile = api.get(ProfileForm.class, "/api/participants/me");
        } catch (ApiProblem problem) {
            if (!problem.isNotFound()) {
                throw problem;
            }
            profile = new ProfileForm("", "", "", "", "");
            model.addAttribute("newProfile", true);
        }
        model.addAttribute("form", profile);
        return page(model);
    }

    @PostMapping("/profile")
    String save(@Valid @ModelAttribute("form") ProfileForm form, BindingResult binding, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                api.put(ProfileForm.class, new ProfileForm(form.displayName().strip(), form.email().strip(),
                        form.institution().strip(), form.sector(), form.function().strip()), "/api/participants/me");
                redirect.addFlashAttribute("flash", "flash.profile.saved");
                return "redirect:/profile";
            } catch (ApiProblem problem) {
                formErrors.apply(problem, binding);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("sectors", choices.of("sector", SECTORS));
        return "profile/profile";
    }
}
