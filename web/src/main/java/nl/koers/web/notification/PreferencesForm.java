package nl.koers.web.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.web.notification.NotificationModels.Preferences;

/**
 * The e-mail preferences as the form holds them: the language, the topics ticked, and the version they were read
 * at, sent back as If-Match so that a change made elsewhere meanwhile is never overwritten unseen.
 *
 * @param topics the switchable topics that are ticked; a box left empty is not sent at all, so none is null
 */
record PreferencesForm(
        @NotBlank(message = "{notifications.language.required}")
        @Pattern(regexp = "nl|en", message = "{notifications.language.required}") String language,
        @Size(max = 20) List<@Size(max = 40) String> topics,
        Long version) {

    PreferencesForm {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    static PreferencesForm of(Preferences preferences) {
        return new PreferencesForm(preferences.language(), preferences.switchedOn(), preferences.version());
    }

    /**
     * The body of {@code PUT /api/notifications/preferences}: every topic the service offers ({@code offered}, as
     * read just now), each on when it is ticked, and the locked ones on whatever the form says.
     */
    Map<String, Object> request(Preferences offered) {
        Map<String, Boolean> on = new LinkedHashMap<>();
        for (String topic : offered.topicNames()) {
            on.put(topic, offered.isLocked(topic) || topics.contains(topic));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("language", language);
        body.put("topics", on);
        return body;
    }

    /** Whether the box of {@code topic} is ticked; for the template. */
    public boolean ticked(String topic) {
        return topics.contains(topic);
    }
}
