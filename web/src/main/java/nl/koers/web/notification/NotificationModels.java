package nl.koers.web.notification;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** notification-service's answers the e-mail page is made of: PreferencesView and MailView. */
final class NotificationModels {

    private NotificationModels() {
    }

    /**
     * Which mails I get and in which language. {@code topics} holds every topic in the API's order, on or off;
     * {@code locked} those that cannot be turned off (the mails about my place in a cohort).
     */
    record Preferences(String language, Map<String, Boolean> topics, List<String> locked, long version) {

        Preferences {
            topics = topics == null ? Map.of() : new LinkedHashMap<>(topics);
            locked = locked == null ? List.of() : List.copyOf(locked);
        }

        public List<String> topicNames() {
            return List.copyOf(topics.keySet());
        }

        public boolean isLocked(String topic) {
            return locked.contains(topic);
        }

        /** The topics that are on and could be turned off: the boxes ticked on the form. */
        List<String> switchedOn() {
            return topics.entrySet().stream().filter(t -> Boolean.TRUE.equals(t.getValue()) && !isLocked(t.getKey()))
                    .map(Map.Entry::getKey).toList();
        }
    }

    /**
     * One mail sent (or still to be sent) to me.
     *
     * @param status PENDING (waiting or being sent), SENT or FAILED (given up)
     * @param link   the page of Koers the mail is about, as an absolute address
     */
    record Mail(UUID id, String kind, String subject, String status, Instant createdAt, Instant sentAt, String link) {

        /** When it went out, or, while it has not, when Koers made it. */
        public Instant when() {
            return sentAt != null ? sentAt : createdAt;
        }

        /**
         * The page the mail is about, as a path of this site: the mail's address names the public address, which
         * need not be the one this page was reached by. Null when the mail has no page, or names one elsewhere.
         */
        public String page() {
            if (link == null || link.isBlank()) {
                return null;
            }
            try {
                URI uri = URI.create(link.strip());
                String path = uri.getRawPath();
                if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                    return null;
                }
                return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
    }
}
