package nl.koers.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a person whose session has expired through sign-in and back to the page they were on. A full page
 * request is redirected to the provider (and remembered, so sign-in returns to it). An htmx request cannot
 * follow that redirect (it would fetch the provider's login page into a fragment), so it is answered with
 * {@code HX-Redirect} to the page the person is on, which htmx loads as a whole page: that request then
 * takes the normal route through sign-in and back.
 */
public final class HtmxAwareEntryPoint implements AuthenticationEntryPoint {

    private final LoginUrlAuthenticationEntryPoint signIn;

    HtmxAwareEntryPoint(String signInUrl) {
        this.signIn = new LoginUrlAuthenticationEntryPoint(signInUrl);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, jakarta.servlet.ServletException {
        if (!Htmx.isHtmx(request)) {
            signIn.commence(request, response, failure);
            return;
        }
        response.setHeader("HX-Redirect", Htmx.currentPage(request));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    /** What htmx tells about a request, read defensively: the headers come from the browser. */
    public static final class Htmx {

        private Htmx() {
        }

        public static boolean isHtmx(HttpServletRequest request) {
            return "true".equals(request.getHeader("HX-Request"));
        }

        /**
         * The path (and query) of the page the person is on, from {@code HX-Current-URL}; only a path on this
         * site, so the header cannot turn into an open redirect. {@code /} when it is missing or foreign.
         */
        public static String currentPage(HttpServletRequest request) {
            String current = request.getHeader("HX-Current-URL");
            if (current == null) {
                return "/";
            }
            try {
                URI uri = URI.create(current);
                if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                    return "/";
                }
                String path = uri.getRawPath();
                if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                    return "/";
                }
                return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            } catch (IllegalArgumentException malformed) {
                return "/";
            }
        }
    }
}
