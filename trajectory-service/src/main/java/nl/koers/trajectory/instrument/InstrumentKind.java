package nl.koers.trajectory.instrument;

/**
 * What shape an instrument has: a card set (question on the front, suggestions on the back), a route map
 * (ordered steps, each with its cards), or another tool described in words with optional cards (a
 * prioritisation aid, a reflection model).
 */
public enum InstrumentKind {
    CARD_SET, ROUTE_MAP, OTHER
}
