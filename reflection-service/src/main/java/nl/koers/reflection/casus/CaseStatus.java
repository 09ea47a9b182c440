package nl.koers.reflection.casus;

/** A case is brought in first, and analysed with the role fan after (possibly again, as insight grows). */
public enum CaseStatus {
    BROUGHT_IN, ANALYSED
}
