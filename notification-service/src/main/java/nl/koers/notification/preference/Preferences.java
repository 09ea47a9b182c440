package nl.koers.notification.preference;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which mails a person wants and in which language. Applied when a mail is made (a topic turned off makes no
 * mail); the language is read when it is sent. A person who never stored any gets every mail, in Dutch, at
 * version 0.
 *
 * @param topics every topic, each on or off; the topics that cannot be switched off are always on
 * @param version grows with every change; 0 while nothing is stored
 */
public record Preferences(String recipientId, Language language, Map<Topic, Boolean> topics, long version) {

    public Preferences {
        EnumMap<Topic, Boolean> complete = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            Boolean on = topics.get(topic);
            if (on == null) {
                throw new IllegalArgumentException("No setting for topic " + topic);
            }
            if (!on && !topic.switchable()) {
                throw new IllegalArgumentException("Topic " + topic + " cannot be turned off");
            }
            complete.put(topic, on);
        }
        topics = java.util.Collections.unmodifiableMap(complete);
    }

    /** What applies to someone who stored nothing: every topic on, in Dutch. */
    public static Preferences defaults(String recipientId) {
        Map<Topic, Boolean> all = new EnumMap<>(Topic.class);
        Arrays.stream(Topic.values()).forEach(topic -> all.put(topic, true));
        return new Preferences(recipientId, Language.DEFAULT, all, 0);
    }

    /** Whether a mail on {@code topic} is made for this person; {@code null} (an invitation) always is. */
    public boolean wants(Topic topic) {
        return topic == null || !topic.switchable() || topics.get(topic);
    }

    /** The topics that cannot be turned off, for a form that shows them as always on. */
    public static List<Topic> locked() {
        return Arrays.stream(Topic.values()).filter(topic -> !topic.switchable()).toList();
    }
}
