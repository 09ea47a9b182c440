package nl.koers.enrolment.invitation;

/** What confirming the list does with a row. */
public enum RowOutcome {
    /** The row is fine and the address is new to the cohort: confirming invites them. */
    INVITE,
    /**
     * The address holds an invitation to this cohort already (from any list), accepted or with a link that still
     * works: nobody is invited twice. One that expired unused does not count; the address is invited anew.
     */
    ALREADY_INVITED,
    /** The address belongs to a participant who holds a place in the cohort already. */
    ALREADY_ENROLLED,
    /** The row has problems; confirming skips it. */
    REJECTED
}
