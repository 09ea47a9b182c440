package nl.koers.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.koers.web.api.AccessTokens;
import nl.koers.web.notification.SignInAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * What happens once the identity provider has signed someone in: their sign-in's address goes to
 * notification-service ({@link SignInAddress}, on its own thread), and they go on to the page they asked for, as
 * Spring Security's own handler sends them (the saved request, else the home page). Nothing about the address can
 * keep anyone from signing in.
 */
final class AddressOnSignIn implements AuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(AddressOnSignIn.class);

    private final SignInAddress address;
    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final AuthenticationSuccessHandler backToThePage = new SavedRequestAwareAuthenticationSuccessHandler();

    AddressOnSignIn(SignInAddress address, OAuth2AuthorizedClientRepository authorizedClients) {
        this.address = address;
        this.authorizedClients = authorizedClients;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        try {
            // The login filter saved the new tokens before calling this handler.
            OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(AccessTokens.REGISTRATION_ID,
                    authentication, request);
            if (client != null) {
                address.handOver(client.getAccessToken().getTokenValue());
            }
        } catch (RuntimeException e) {
            log.warn("Could not hand the address of a sign-in over: {}", e.getClass().getSimpleName());
        }
        backToThePage.onAuthenticationSuccess(request, response, authentication);
    }
}
