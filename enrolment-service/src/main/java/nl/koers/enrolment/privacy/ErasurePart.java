package nl.koers.enrolment.privacy;

import java.util.Locale;

/** The services that each erase their own copy of a participant's data; an erasure is done when all four are. */
public enum ErasurePart {
    ENROLMENT, TRAJECTORY, REFLECTION, NOTIFICATION;

    /** How the API and the audit trail name the part: {@code enrolment}, {@code trajectory}, {@code reflection},
     * {@code notification}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ErasurePart of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
