package nl.koers.local.idp;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Two filter chains, as Spring Authorization Server expects: one for the protocol endpoints
 * ({@code /oauth2/*}, discovery, JWKS, {@code /connect/logout}), which sends a browser without a session to the
 * login form, and one for everything else (the login page {@link LoginPage}, its stylesheet and the health
 * check).
 *
 * <p>The registered clients {@code koers-cli} and {@code koers-web} come from {@code application.yml}
 * ({@code spring.security.oauth2.authorizationserver.client}), which Spring Boot turns into the
 * client repository.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain protocolEndpoints(HttpSecurity http) {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // The OIDC user-info endpoint is called with an access token.
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginAndHealth(HttpSecurity http, OAuth2AuthorizationServerProperties server) {
        // "/login" with any query (?lang=en, ?logout): formLogin's own permitAll() matches the exact URLs only.
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/favicon.ico", "/error", "/actuator/health",
                                "/actuator/health/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(server))));
        return http.build();
    }

    /**
     * No scripts, no inline styles, no framing. {@code form-action} names, besides this server, the origin of
     * every registered redirect URI: browsers apply it to the redirects that follow the login POST too
     * (login, then the authorization endpoint, then the client's callback with the code), so without them the
     * last hop to the web app would be blocked.
     */
    private static String contentSecurityPolicy(OAuth2AuthorizationServerProperties server) {
        Set<String> formTargets = new LinkedHashSet<>();
        formTargets.add("'self'");
        server.getClient().values().stream()
                .flatMap(client -> client.getRegistration().getRedirectUris().stream())
                .map(SecurityConfig::origin)
                .forEach(formTargets::add);
        return "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; form-action "
                + String.join(" ", formTargets);
    }

    private static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getHost() + (parsed.getPort() == -1 ? "" : ":" + parsed.getPort());
    }

    /** The demo users. All share one password, so it is hashed once instead of once per user. */
    @Bean
    UserDetailsService demoUsers(IdentityProviderProperties properties) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String passwordHash = encoder.encode(properties.demoPassword());
        return new InMemoryUserDetailsManager(DemoUser.all(properties.demoParticipants()).stream()
                .map(user -> User.withUsername(user.username())
                        .password(passwordHash)
                        .roles(user.role())
                        .build())
                .toList());
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
    }
}
