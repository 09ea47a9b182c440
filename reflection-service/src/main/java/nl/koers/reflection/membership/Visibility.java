package nl.koers.reflection.membership;

/**
 * Who besides its owners may read a participant's record (reflection, case, intervention): nobody, the
 * cohort's facilitators, or the whole cohort (its confirmed participants and facilitators). Organisers are
 * never in any of these audiences: they see counts, never text.
 */
public enum Visibility {
    PRIVATE, FACILITATORS, COHORT
}
