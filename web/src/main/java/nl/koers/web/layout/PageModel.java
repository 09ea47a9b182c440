package nl.koers.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's frame needs: who is signed in (name and roles, to choose the navigation) and the path of
 * the page, for the language switch that returns to it.
 */
@ControllerAdvice
public class PageModel {

    @ModelAttribute("me")
    static Me me(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return null;
        }
        String name = user.getClaimAsString("name");
        List<String> coalitions = user.getClaimAsStringList("coalitions");
        return new Me(user.getSubject(), name == null ? user.getSubject() : name, roles(authentication.getAuthorities()),
                coalitions == null ? List.of() : coalitions.stream().sorted().toList());
    }

    @ModelAttribute("currentPath")
    static String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /**
     * The same page in each language: its path and query with {@code lang} set, so switching language keeps what
     * the page shows (a report's period, a filter, a page number).
     */
    @ModelAttribute("languageLinks")
    static LanguageLinks languageLinks(HttpServletRequest request) {
        return new LanguageLinks(inLanguage(request, "nl"), inLanguage(request, "en"));
    }

    private static String inLanguage(HttpServletRequest request, String language) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", language).build().toUriString();
    }

    /**
     * The same frame for pages that Spring renders without the model methods above: error pages, and a page an
     * exception handler renders (it gets no {@code @ModelAttribute} methods either).
     */
    public static void addTo(Model model, HttpServletRequest request) {
        model.addAttribute("me", me(SecurityContextHolder.getContext().getAuthentication()));
        model.addAttribute("currentPath", currentPath(request));
        model.addAttribute("languageLinks", languageLinks(request));
    }

    /** Links to the page in Dutch and in English. */
    public record LanguageLinks(String nl, String en) {
    }

    private static List<String> roles(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5)).sorted().toList();
    }

    /**
     * The signed-in person as the frame shows them; {@code coalitions} are those they report for (the ID token's
     * claim), so the frame can offer their coalition reports without asking the API.
     */
    public record Me(String id, String name, List<String> roles, List<String> coalitions) {

        public boolean is(String role) {
            return roles.contains(role);
        }

        public boolean participant() {
            return is("participant");
        }

        public boolean facilitator() {
            return is("facilitator");
        }

        /** Admins see every trajectory and report as an organiser does. */
        public boolean organiser() {
            return is("organiser") || is("admin");
        }

        /** Admins also keep the audit trail and erase data on a participant's behalf (Beheer). */
        public boolean admin() {
            return is("admin");
        }

        public boolean coalitionMember() {
            return is("coalition");
        }
    }
}
