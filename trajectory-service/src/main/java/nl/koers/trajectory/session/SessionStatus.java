package nl.koers.trajectory.session;

/** A session is scheduled (and may be moved) or cancelled for good; cancelled ones stay, numbered, in the history. */
public enum SessionStatus {
    SCHEDULED, CANCELLED
}
