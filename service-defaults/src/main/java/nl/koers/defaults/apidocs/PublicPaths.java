package nl.koers.defaults.apidocs;

import java.util.List;
import java.util.Set;
import io.swagger.v3.oas.models.PathItem;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which documented operations need no access token: GET and HEAD on the paths every service's security and the
 * gateway open to anyone ({@link nl.koers.events.ApiPaths#PUBLIC}). An OpenAPI path template matches a pattern
 * when a path made from it (each variable replaced by a value) does.
 */
final class PublicPaths {

    private static final Set<PathItem.HttpMethod> READS = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD);

    private final List<PathPattern> patterns;

    PublicPaths(List<String> patterns) {
        this.patterns = patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    boolean isPublic(String template, PathItem.HttpMethod method) {
        if (!READS.contains(method)) {
            return false;
        }
        PathContainer path = PathContainer.parsePath(template.replaceAll("\\{[^}/]+}", "x"));
        return patterns.stream().anyMatch(pattern -> pattern.matches(path));
    }
}
