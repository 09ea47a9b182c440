package nl.koers.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in user's access token for the API, refreshed through the provider when it has expired. The
 * token lives in the user's server-side session, never in the browser.
 *
 * <p>A page that loads several parts at once ({@link Parts}) takes the token once on the request's own
 * thread and hands it to the parallel calls, so that an expired token is refreshed once, not by each call
 * racing the others.
 */
@Component
public class AccessTokens {

    public static final String REGISTRATION_ID = "koers";

    private static final ThreadLocal<String> handedOver = new ThreadLocal<>();

    private final OAuth2AuthorizedClientManager clients;

    AccessTokens(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    /** The current user's valid access token; throws {@link ClientAuthorizationRequiredException} when sign-in is needed again. */
    public String current() {
        String token = handedOver.get();
        if (token != null) {
            return token;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            throw new ClientAuthorizationRequiredException(REGISTRATION_ID);
        }
        OAuth2AuthorizeRequest.Builder request = OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION_ID)
                .principal(user);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            request.attribute(HttpServletRequest.class.getName(), servlet.getRequest());
            if (servlet.getResponse() != null) {
                request.attribute(HttpServletResponse.class.getName(), servlet.getResponse());
            }
        }
        OAuth2AuthorizedClient client = clients.authorize(request.build());
        if (client == null) {
            throw new ClientAuthorizationRequiredException(REGISTRATION_ID);
        }
        return client.getAccessToken().getTokenValue();
    }

    /** Runs {@code work} on another thread as if it were the request's own, with this token. */
    <T> Supplier<T> handOver(String token, Supplier<T> work) {
        return () -> {
            handedOver.set(token);
            try {
                return work.get();
            } finally {
                handedOver.remove();
            }
        };
    }
}
