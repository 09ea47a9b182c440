package nl.koers.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Everything that is not the API, its documents, Swagger UI or the gateway's own actuator goes to the web app,
 * so a person opens the one public address and gets the browser app. Declared in Java because the route is
 * "all paths but these", which the YAML predicates cannot say. It runs after the API routes, and keeps the
 * Host the browser used, so that the web app's links and redirects (sign-in included) point at the gateway.
 * The web app's own session cookie and CSRF protection guard these paths; the gateway's JWT check is for
 * {@code /api/**} only.
 */
@Configuration(proxyBeanMethods = false)
class WebAppRoute {

    static final String[] NOT_FOR_THE_WEB_APP = {
            "/api/**", "/v3/api-docs/**", "/asyncapi/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**",
            "/actuator/**"};

    @Bean
    RouteLocator webApp(RouteLocatorBuilder routes, @Value("${WEB_URI:http://127.0.0.1:8084}") String webUri) {
        return routes.routes()
                .route("web", route -> route.order(Ordered.LOWEST_PRECEDENCE)
                        .path("/**").and().not(other -> other.path(NOT_FOR_THE_WEB_APP))
                        .filters(filters -> filters.preserveHostHeader())
                        .uri(webUri))
                .build();
    }
}
