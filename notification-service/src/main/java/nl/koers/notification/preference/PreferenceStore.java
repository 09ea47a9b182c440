package nl.koers.notification.preference;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Stored preferences, one record per person. */
public interface PreferenceStore {

    Optional<Preferences> find(String recipientId);

    /** The stored preferences of those of {@code recipientIds} who stored any. */
    Map<String, Preferences> findAll(Collection<String> recipientIds);

    /**
     * Stores {@code preferences} as the next version. With {@code expectedVersion} only when the stored version is
     * that one (0: nothing stored yet); false when it is not.
     */
    Optional<Preferences> save(Preferences preferences, Long expectedVersion);

    void delete(String recipientId);
}
