package nl.koers.enrolment.invitation;

/** What confirming the list does with a row. */
public enum RowOutcome {
    /** The row is fine and the address is new to the cohort: confirming invites them. */
    INVITE,
    /** The address was invited to this cohort before (by any list): nobody is invited twice. */
    ALREADY_INVITED,
    /** The address belongs to a participant who holds a place in the cohort already. */
    ALREADY_ENROLLED,
    /** The row has problems; confirming skips it. */
    REJECTED
}
