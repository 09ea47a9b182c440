package nl.koers.defaults.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.PathItem.HttpMethod;
import nl.koers.events.ApiPaths;
import org.junit.jupiter.api.Test;

class PublicPathsTest {

    private final PublicPaths paths = new PublicPaths(ApiPaths.PUBLIC);

    @Test
    void readingAFeedIsPublic() {
        assertThat(paths.isPublic("/api/sessions/calendar/{token}.ics", HttpMethod.GET)).isTrue();
        assertThat(paths.isPublic("/api/sessions/calendar/{token}.ics", HttpMethod.HEAD)).isTrue();
    }

    @Test
    void changingAnythingOrReadingOtherPathsIsNot() {
        assertThat(paths.isPublic("/api/sessions/calendar/{token}.ics", HttpMethod.DELETE)).isFalse();
        assertThat(paths.isPublic("/api/sessions/calendar/subscription", HttpMethod.GET)).isFalse();
        assertThat(paths.isPublic("/api/sessions/{id}", HttpMethod.GET)).isFalse();
    }
}
