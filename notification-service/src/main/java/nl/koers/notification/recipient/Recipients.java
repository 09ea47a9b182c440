package nl.koers.notification.recipient;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The address book: each person's profile address and sign-in address, kept apart so neither overwrites the other. */
public interface Recipients {

    /** Keeps a participant's profile if it is newer than the one held; false for a redelivered or older one. */
    boolean recordProfile(String participantId, long profileVersion, String email, String displayName);

    /** Keeps the address and name of a sign-in, replacing the previous sign-in's. */
    void recordSignIn(String userId, String email, String name);

    Optional<Recipient> find(String id);

    /** Those of {@code ids} this service knows anything about. */
    Map<String, Recipient> findAll(Collection<String> ids);

    /** Forgets everything about {@code id}: profile copy and sign-in address. */
    void delete(String id);
}
