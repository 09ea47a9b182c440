package nl.koers.notification.preference;

import java.util.Map;
import java.util.Optional;
import nl.koers.defaults.problem.PreconditionFailed;

/** A person reads and changes their own preferences; nobody reads another's. */
public class PreferenceService {

    private final PreferenceStore store;

    public PreferenceService(PreferenceStore store) {
        this.store = store;
    }

    /** What applies now: the stored preferences, or the defaults (nothing is written by reading). */
    public Preferences get(String recipientId) {
        return store.find(recipientId).orElseGet(() -> Preferences.defaults(recipientId));
    }

    /**
     * Replaces the preferences whole. {@code expectedVersion} (from If-Match) makes it conditional: a stale one is
     * refused, so a second browser tab does not silently undo the first one's change.
     */
    public Preferences change(String recipientId, Language language, Map<Topic, Boolean> topics, Long expectedVersion) {
        Preferences wanted = new Preferences(recipientId, language, topics, 0);
        Optional<Preferences> saved = store.save(wanted, expectedVersion);
        return saved.orElseThrow(() -> new PreconditionFailed("preferences-version-mismatch", "Version mismatch",
                "Your e-mail preferences changed since version " + expectedVersion + "; fetch them again."));
    }
}
