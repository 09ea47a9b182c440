package nl.koers.notification.preference.web;

import java.util.EnumMap;
import java.util.Map;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.notification.preference.Language;
import nl.koers.notification.preference.Topic;

/** A person's e-mail preferences, replaced whole: the language and every topic. */
@CompleteTopics
record PreferencesRequest(
        @Schema(description = "The language of your mails: nl (Dutch) or en (English)", example = "nl",
                allowableValues = {"nl", "en"})
        @NotNull @Pattern(regexp = "nl|en", message = "must be nl or en") String language,
        @Schema(description = "Every topic, on (true) or off (false): SEAT, SESSION_CHANGES, SESSION_REMINDERS,"
                + " FEEDBACK and COHORT_COMPLETED, each once. SEAT (your place in a cohort) cannot be turned off.",
                example = "{\"SEAT\": true, \"SESSION_CHANGES\": true, \"SESSION_REMINDERS\": false,"
                        + " \"FEEDBACK\": true, \"COHORT_COMPLETED\": true}")
        @NotNull @Size(max = 20) Map<@NotNull @Size(max = 40) String, @NotNull Boolean> topics) {

    Language languageValue() {
        return Language.ofCode(language).orElseThrow();
    }

    Map<Topic, Boolean> topicValues() {
        Map<Topic, Boolean> values = new EnumMap<>(Topic.class);
        topics.forEach((name, on) -> values.put(Topic.valueOf(name), on));
        return values;
    }
}
