package nl.koers.web.layout;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The two pages a person sees without being signed in: after signing out, and when sign-in went wrong. */
@Controller
class PublicPages {

    @GetMapping("/signed-out")
    String signedOut() {
        return "signed-out";
    }

    @GetMapping("/sign-in-failed")
    String signInFailed() {
        return "sign-in-failed";
    }
}
