package nl.koers.reflection.intervention;

/**
 * An intervention's life: planned, being carried out, carried out (experience recorded), and reflected on
 * after feedback (next steps recorded). Only forward, one step at a time.
 */
public enum InterventionStatus {
    PLANNED, IN_PROGRESS, CARRIED_OUT, REFLECTED
}
