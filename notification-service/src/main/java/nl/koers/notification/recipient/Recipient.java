package nl.koers.notification.recipient;

/**
 * Where one person's mail goes and what to call them: the address and name of their participant profile
 * ({@code ParticipantProfileUpdated}), else those their sign-in carried (staff have no profile). The profile's win:
 * a participant chose that address for Koers.
 *
 * @param profileEmail   from the profile; null when none (yet)
 * @param profileName    the profile's display name; null when none
 * @param signInEmail    the {@code email} claim of their last sign-in; null when they never handed it over
 * @param signInName     the {@code name} claim of that sign-in; null when none
 */
public record Recipient(String id, String profileEmail, String profileName, String signInEmail, String signInName) {

    /** The address mail goes to now; null while none is known. */
    public String address() {
        return present(profileEmail) ? profileEmail : present(signInEmail) ? signInEmail : null;
    }

    /** The name a mail greets them with; null when none is known (the greeting then has no name). */
    public String displayName() {
        return present(profileName) ? profileName : present(signInName) ? signInName : null;
    }

    /** Where {@link #address()} comes from: PROFILE, SIGN_IN, or null when no address is known. */
    public String addressSource() {
        return present(profileEmail) ? "PROFILE" : present(signInEmail) ? "SIGN_IN" : null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
