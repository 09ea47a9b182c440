package nl.koers.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's CSRF tokens (masked anew on every page, {@link XorCsrfTokenRequestAttributeHandler}), read from a
 * request that may have a body the server refuses to read: Tomcat throws when a form's parameters are asked for and
 * its multipart body is larger than the upload limit. Such a request carries no readable token, so it is refused as
 * any request without one is (403), instead of failing with a server error.
 */
final class TolerantCsrfTokens implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        masked.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        try {
            return masked.resolveCsrfTokenValue(request, token);
        } catch (RuntimeException unreadableBody) {
            return null;
        }
    }
}
