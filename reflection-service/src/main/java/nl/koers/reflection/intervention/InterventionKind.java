package nl.koers.reflection.intervention;

/** A detailed step-by-step action plan (aanpakplan), or a compact intervention without steps. */
public enum InterventionKind {
    ACTION_PLAN, COMPACT
}
