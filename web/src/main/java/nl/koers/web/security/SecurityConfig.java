package nl.koers.web.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.koers.web.api.AccessTokens;
import nl.koers.web.notification.SignInAddress;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Sign-in and the browser's protections. The web app is an OIDC client of the identity provider
 * (authorization code with PKCE, confidential); the tokens stay in the server-side session and the browser
 * holds only the {@code KOERS_SESSION} cookie (HttpOnly, SameSite=Lax). Every form and htmx request carries
 * a CSRF token; the Content-Security-Policy allows no inline script or style; signing in changes the session
 * id (fixation protection); signing out ends the provider's session too.
 *
 * <p>Roles come from the ID token's {@code roles} claim and only choose which navigation a person sees: what
 * a page shows is what the API lets this user see.
 *
 * <p>After signing in, the sign-in's e-mail address is handed to notification-service ({@link AddressOnSignIn}).
 * An invitation's pages send no Referer at all, since their address carries the invitation's secret. And an
 * invitation list too large to be read skips the CSRF check ({@link TooLargeToRead}), because its token is in the
 * part that cannot be read: such a post is refused unread, with the message beside its file field.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations,
                              OAuth2AuthorizedClientRepository authorizedClients, SignInAddress address,
                              MultipartProperties uploads) {
        String signInPage = registrations.findByRegistrationId(AccessTokens.REGISTRATION_ID)
                .getProviderDetails().getAuthorizationUri();
        DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

        OidcClientInitiatedLogoutSuccessHandler endProviderSession = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        endProviderSession.setPostLogoutRedirectUri("{baseUrl}/signed-out");

        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/signed-out", "/sign-in-failed", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
                        .successHandler(new AddressOnSignIn(address, authorizedClients))
                        .failureUrl("/sign-in-failed"))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new TolerantCsrfTokens())
                        .requireCsrfProtectionMatcher(new AndRequestMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER,
                                new NegatedRequestMatcher(new TooLargeToRead(uploads.getMaxRequestSize())))))
                .logout(logout -> logout.logoutSuccessHandler(endProviderSession))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new HtmxAwareEntryPoint(
                        OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/koers")))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.directives(signInPage)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // An invitation's address carries its secret: no page of it may pass the address on.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                PathPatternRequestMatcher.withDefaults().matcher("/invitations/**"),
                                (request, response) -> response.setHeader("Referrer-Policy", "no-referrer")))
                        .frameOptions(frames -> frames.deny()))
                .build();
    }

    /** The ID token's {@code roles} claim as {@code ROLE_*} authorities, next to the standard OIDC ones. */
    @Bean
    GrantedAuthoritiesMapper koersRoles() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc && oidc.getIdToken().getClaim("roles") instanceof Collection<?> roles) {
                    roles.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                }
            }
            return mapped;
        };
    }

    /** Hands out the user's access token, refreshing it with the refresh token when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClients(ClientRegistrationRepository registrations,
                                                    OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        // The default reads a "scope" request parameter into a refresh's scopes: no request of a page decides those,
        // and reading parameters fails on a body the server refused to read (an upload too large), whose page still
        // needs the token.
        manager.setContextAttributesMapper(request -> Map.of());
        return manager;
    }

}
