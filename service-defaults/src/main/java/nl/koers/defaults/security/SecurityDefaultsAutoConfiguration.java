package nl.koers.defaults.security;

import nl.koers.defaults.web.Caller;
import nl.koers.events.ApiPaths;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every service is an OAuth2 resource server of its own: the gateway is not the only lock. The API is
 * stateless (no session, no saved request), roles come from the token's {@code roles} claim as
 * {@code ROLE_<role>}, and only health, metrics and API docs are open, plus GET and HEAD on the paths of
 * {@link ApiPaths#PUBLIC}, the same list the gateway opens (a service that serves none of them answers 404 there).
 */
@AutoConfiguration(before = {ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
public class SecurityDefaultsAutoConfiguration {

    /** Spring Security's {@code WebSecurity} picks up a {@link RequestRejectedHandler} bean for its firewall. */
    @Bean
    @ConditionalOnMissingBean(RequestRejectedHandler.class)
    RequestRejectedHandler problemRequestRejectedHandler() {
        return new ProblemSecurityHandlers();
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain koersApiSecurity(HttpSecurity http) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
        String[] publicPaths = ApiPaths.PUBLIC.toArray(String[]::new);
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                            "/v3/api-docs/**", "/asyncapi", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll();
                    a.requestMatchers(HttpMethod.GET, publicPaths).permitAll()
                            .requestMatchers(HttpMethod.HEAD, publicPaths).permitAll();
                    a.anyRequest().authenticated();
                })
                .oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    private static JwtAuthenticationConverter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(Caller.ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }
}
