package nl.koers.notification.preference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages mails are written in. Dutch unless the recipient chose English. */
public enum Language {
    NL, EN;

    public static final Language DEFAULT = NL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.of(code());
    }

    /** The language of {@code code} ({@code nl}, {@code en}); empty for any other. */
    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    /**
     * The language a mail to a recipient is written in, chosen when it is sent: their preference when they stored
     * one, Dutch otherwise, and Dutch for someone who is not a Koers user yet (an invitee has no preferences).
     */
    public static Language forRecipient(Optional<Preferences> preferences) {
        return preferences.map(Preferences::language).orElse(DEFAULT);
    }
}
