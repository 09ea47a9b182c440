package nl.koers.defaults.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Paths a service serves without a bearer token, beyond health, metrics and API docs: for example an
 * iCalendar feed that calendar programs poll with a secret token in its URL, because they cannot send an
 * OAuth2 access token. Only GET and HEAD are opened, so a public path can never change anything; each path
 * must carry its own proof (such as that URL token), which the service checks.
 *
 * @param publicPaths path patterns such as {@code /api/sessions/calendar/*.ics}; none by default
 */
@ConfigurationProperties("koers.security")
public record PublicPathsProperties(@DefaultValue List<String> publicPaths) {
}
