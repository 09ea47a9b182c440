package nl.koers.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the page tests: the whole web app with MockMvc, signed in as a demo user (an OIDC login with the
 * ID token claims the identity provider sends), talking to an {@link ApiStandIn} instead of the gateway.
 * The stand-in also answers the provider's discovery, so the OIDC client starts as it does for real.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class PageTest {

    protected static final ApiStandIn API = new ApiStandIn();

    @DynamicPropertySource
    static void standIn(DynamicPropertyRegistry registry) {
        registry.add("koers.web.api-uri", API::uri);
        registry.add("spring.security.oauth2.client.provider.koers.issuer-uri", API::uri);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    private ClientRegistrationRepository registrations;

    @AfterEach
    void forgetAnswers() {
        API.reset();
    }

    /** Signed in as {@code user} with these roles, as the identity provider's ID token says. */
    protected OidcLoginRequestPostProcessor as(String user, String... roles) {
        return oidcLogin()
                .clientRegistration(registrations.findByRegistrationId("koers"))
                .idToken(token -> token.subject(user).claims(claims -> claims.putAll(Map.of(
                        "name", user, "roles", List.of(roles)))))
                .authorities(Arrays.stream(roles).<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toArray(GrantedAuthority[]::new));
    }
}
