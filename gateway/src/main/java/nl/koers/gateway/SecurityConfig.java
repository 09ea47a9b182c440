package nl.koers.gateway;

import nl.koers.events.ApiPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The gateway as an OAuth2 resource server: {@code /api/**} needs a valid JWT (signature, issuer,
 * audience {@code koers}, expiry); the API documents, Swagger UI and health are public. The paths of
 * {@link ApiPaths#PUBLIC} are open for reading without a token: the private iCalendar feeds, which calendar
 * programs poll with a secret token in the URL instead; trajectory-service checks that token. The services
 * open the same list, from the same constant.
 *
 * <p>Stateless on purpose: every request carries its bearer token, so there is no session, no
 * security-context storage and no saved-request cache. Spring Security's default request cache would
 * otherwise create a web session per request, which showed up as a large per-request cost in the
 * gateway benchmark. CSRF protection is off because no cookie authenticates anything here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String[] PUBLIC_PATHS = ApiPaths.PUBLIC.toArray(String[]::new);

    /**
     * Spring Security's firewall ({@code StrictServerWebExchangeFirewall}) refuses, before any other filter, paths
     * that could fool a route or a path match: {@code ;jsessionid=}, an encoded {@code /}, {@code %} or {@code ;},
     * {@code ..}, a null byte, an unknown method. Its own handler answers an empty 400; this one says which rule
     * the request broke. {@code WebFluxSecurityConfiguration} picks the bean up.
     */
    @Bean
    ServerExchangeRejectedHandler problemExchangeRejectedHandler(Problems problems) {
        return (exchange, rejected) -> problems.write(exchange, HttpStatus.BAD_REQUEST, "request-rejected",
                firewallDetail(rejected.getMessage()));
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, Problems problems) {
        ServerAuthenticationEntryPoint unauthorized = (exchange, failure) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, bearerChallenge(failure));
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, unauthorizedDetail(failure));
        };
        ServerAccessDeniedHandler forbidden = (exchange, denied) ->
                problems.write(exchange, HttpStatus.FORBIDDEN, "The access token does not allow this request.");

        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, PUBLIC_PATHS).permitAll()
                        .pathMatchers(HttpMethod.HEAD, PUBLIC_PATHS).permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .pathMatchers("/actuator/**").denyAll()
                        // API documents, Swagger UI, and unknown paths (which answer 404).
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    /** RFC 6750 challenge: plain {@code Bearer} when no token came, with the error when a bad one did. */
    private static String bearerChallenge(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth2) {
            String description = oauth2.getError().getDescription();
            return "Bearer error=\"" + oauth2.getError().getErrorCode() + "\""
                    + (description == null ? "" : ", error_description=\"" + description.replace("\"", "'") + "\"");
        }
        return "Bearer";
    }

    /** The firewall's reason names the rule; a long one quotes a whole header back, and the start says enough. */
    private static String firewallDetail(String reason) {
        String text = reason == null ? "The request was rejected." : reason;
        if (text.length() > 300) {
            text = text.substring(0, 300) + "...";
        }
        return (text.endsWith(".") ? text : text + ".") + (text.contains("URL") || text.contains("path")
                ? " Send the path without path parameters (;...), encoded slashes or percent signs, dot segments or "
                + "control characters." : "");
    }

    private static String unauthorizedDetail(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth2 && oauth2.getError().getDescription() != null) {
            return "The access token was rejected: " + oauth2.getError().getDescription();
        }
        return "This request needs a bearer access token from the Koers identity provider.";
    }
}
