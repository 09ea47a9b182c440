package nl.koers.notification.recipient;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.defaults.problem.InvalidField;

/**
 * Learns where to send: from participants' profiles (events) and from sign-ins (the web app hands each user's
 * token claims over). A mail whose recipient had no address yet waits; {@code addressKnown} tells the sender to try
 * it again at once rather than at its next back-off.
 */
public class AddressBook {

    /** RFC 5321 allows 254 octets; the shape check is loose on purpose: the SMTP server has the last word. */
    static final int MAX_ADDRESS = 254;
    static final int MAX_NAME = 200;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+");

    private final Recipients recipients;
    private final ErasedParticipants erased;
    private final Consumer<String> addressKnown;

    public AddressBook(Recipients recipients, ErasedParticipants erased, Consumer<String> addressKnown) {
        this.recipients = recipients;
        this.erased = erased;
        this.addressKnown = addressKnown;
    }

    /**
     * A participant's profile as enrolment-service published it. A profile that predates the participant's erasure
     * here (arriving late or replayed) is not kept: it would bring back who they were.
     */
    public void profileUpdated(String participantId, long profileVersion, String email, String displayName,
                               Instant occurredAt) {
        if (erased.erasedSince(participantId, occurredAt)) {
            return;
        }
        String address = usable(email) ? email.strip() : null;
        if (recipients.recordProfile(participantId, profileVersion, address, trimmed(displayName)) && address != null) {
            addressKnown.accept(participantId);
        }
    }

    /** The address and name the caller's sign-in carried; a sign-in without a usable address is refused. */
    public void signedIn(String userId, String email, String name) {
        if (email == null || email.isBlank()) {
            throw new InvalidField("email", "is missing from your sign-in",
                    "Your sign-in carries no e-mail address (the token has no email claim), so Koers cannot mail you.");
        }
        if (!usable(email)) {
            throw new InvalidField("email", "is not an e-mail address",
                    "The e-mail address of your sign-in is not one Koers can send to.");
        }
        recipients.recordSignIn(userId, email.strip(), trimmed(name));
        addressKnown.accept(userId);
    }

    static boolean usable(String email) {
        return email != null && email.strip().length() <= MAX_ADDRESS && ADDRESS.matcher(email.strip()).matches();
    }

    private static String trimmed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String stripped = name.strip();
        return stripped.length() > MAX_NAME ? stripped.substring(0, MAX_NAME) : stripped;
    }
}
