package nl.koers.notification.preference;

/**
 * What a mail is about, as a person switches it on or off. The seat mails cannot be switched off: they say whether
 * someone has a place, which nobody should miss.
 */
public enum Topic {
    SEAT(false), SESSION_CHANGES(true), SESSION_REMINDERS(true), FEEDBACK(true), COHORT_COMPLETED(true);

    private final boolean switchable;

    Topic(boolean switchable) {
        this.switchable = switchable;
    }

    public boolean switchable() {
        return switchable;
    }
}
