package nl.koers.local.idp;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form, in Koers' style and language, instead of the page Spring Security generates. Spring
 * Security still handles the POST to {@code /login}; this only renders the form, with a message after a failed
 * attempt ({@code ?error}) or after signing out ({@code ?logout}).
 *
 * <p>It names the demo users, because on the local stack that is what a visitor needs to get in. It names the
 * password only while it is the documented {@code koers-demo}: someone who set {@code KOERS_DEMO_PASSWORD} to
 * something else chose not to have it shown.
 */
@Controller
class LoginPage {

    private static final String DOCUMENTED_DEMO_PASSWORD = "koers-demo";

    private final String staffUsers;
    private final int participants;
    private final boolean showPassword;

    LoginPage(IdentityProviderProperties properties) {
        List<DemoUser> users = DemoUser.all(properties.demoParticipants());
        this.staffUsers = String.join(", ", users.stream()
                .filter(user -> !user.role().equals("participant"))
                .map(DemoUser::username)
                .toList());
        this.participants = properties.demoParticipants();
        this.showPassword = DOCUMENTED_DEMO_PASSWORD.equals(properties.demoPassword());
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        model.addAttribute("staffUsers", staffUsers);
        model.addAttribute("participants", participants);
        model.addAttribute("demoPassword", showPassword ? DOCUMENTED_DEMO_PASSWORD : null);
        return "login";
    }
}
