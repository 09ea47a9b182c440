package nl.koers.notification.preference.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.notification.preference.Preferences;
import nl.koers.notification.preference.Topic;

/** A person's e-mail preferences as they apply now. */
record PreferencesView(
        @Schema(description = "The language of your mails: nl or en", example = "nl") String language,
        @Schema(description = "Every topic, on or off", example = "{\"SEAT\": true, \"SESSION_CHANGES\": true,"
                + " \"SESSION_REMINDERS\": true, \"FEEDBACK\": true, \"COHORT_COMPLETED\": true}")
        Map<String, Boolean> topics,
        @Schema(description = "The topics that cannot be turned off", example = "[\"SEAT\"]") List<String> locked,
        @Schema(description = "Grows with every change; 0 while you stored none (the defaults apply)", example = "0")
        long version) {

    static PreferencesView of(Preferences preferences) {
        Map<String, Boolean> topics = new LinkedHashMap<>();
        preferences.topics().forEach((topic, on) -> topics.put(topic.name(), on));
        return new PreferencesView(preferences.language().code(), topics,
                Preferences.locked().stream().map(Topic::name).toList(), preferences.version());
    }
}
