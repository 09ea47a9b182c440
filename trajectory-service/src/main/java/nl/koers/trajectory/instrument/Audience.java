package nl.koers.trajectory.instrument;

/**
 * For whom a card is meant. The LOCK route map asks different things of schools new to a partnership than
 * of schools already in it (mostly in its first and last step); cards for ALL belong to both variants.
 */
public enum Audience {
    ALL, NEW_SCHOOLS, EXISTING_SCHOOLS;

    /** Whether a card for this audience belongs to the given variant (null: every card). */
    public boolean belongsTo(Audience variant) {
        return variant == null || variant == ALL || this == ALL || this == variant;
    }
}
