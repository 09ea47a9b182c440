package nl.koers.trajectory.question;

/**
 * Where a stakeholder falls on the power/interest grid, and so how to treat them. On the 1-5 scales, 3 or
 * more counts as high: a participant who rates someone's influence as middling should not overlook them.
 */
public enum Quadrant {
    MANAGE_CLOSELY, KEEP_SATISFIED, KEEP_INFORMED, MONITOR;

    static final int HIGH = 3;

    static Quadrant of(int influence, int interest) {
        boolean powerful = influence >= HIGH;
        boolean interested = interest >= HIGH;
        if (powerful) {
            return interested ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return interested ? KEEP_INFORMED : MONITOR;
    }
}
