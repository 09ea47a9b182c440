package nl.koers.reflection.intervention;

/** Where one step of an action plan stands. */
public enum StepStatus {
    PLANNED, IN_PROGRESS, DONE
}
