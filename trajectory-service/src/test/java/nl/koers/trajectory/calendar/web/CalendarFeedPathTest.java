package nl.koers.trajectory.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koers.events.ApiPaths;
import nl.koers.trajectory.calendar.CalendarToken;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The feed is served where the gateway and the service security let it through without a token: its mapping is
 * {@link ApiPaths#CALENDAR_FEEDS} with the token named, and every address a subscription hands out matches it.
 */
class CalendarFeedPathTest {

    private static final PathPattern PUBLIC = PathPatternParser.defaultInstance.parse(ApiPaths.CALENDAR_FEEDS);

    @Test
    void mapsTheFeedOnThePublicCalendarPath() {
        GetMapping mapping = ReflectionUtils.findMethod(CalendarController.class, "getCalendarFeed", String.class)
                .getAnnotation(GetMapping.class);

        assertThat(mapping.value()).containsExactly(ApiPaths.CALENDAR_FEEDS.replace("*", "{token}"));
        assertThat(mapping.produces()).containsExactly("text/calendar");
    }

    @Test
    void handsOutAddressesOnThePublicCalendarPath() {
        String path = CalendarController.FEED + CalendarToken.generate() + ".ics";

        assertThat(PUBLIC.matches(PathContainer.parsePath(path))).as(path).isTrue();
        assertThat(PUBLIC.matches(PathContainer.parsePath(CalendarController.FEED + "subscription"))).isFalse();
    }
}
