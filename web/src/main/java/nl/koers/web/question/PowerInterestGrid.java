package nl.koers.web.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry of the power/interest grid that the stakeholder map page draws as inline SVG: interest from
 * left (1) to right (5), influence from bottom (1) to top (5), one cell per pair of scores, and each
 * stakeholder a dot with a short label in its cell (several in one cell are stacked, the rest counted). The
 * four quadrants are split where trajectory-service splits them (a score of 3 or more counts as high), with a
 * band above each row of quadrants for its name. Pure arithmetic in whole SVG units, no Spring.
 */
public final class PowerInterestGrid {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 580;
    static final int SCALE = 5;
    /** Mirrors trajectory-service's Quadrant.HIGH: from this score up influence or interest counts as high. */
    static final int HIGH = 3;
    static final int LEFT = 70;
    static final int TOP = 10;
    static final int CELL_WIDTH = 110;
    static final int CELL_HEIGHT = 90;
    static final int BAND = 28;
    static final int SPACING = 16;
    static final int MAX_PER_CELL = 5;
    static final int LABEL_CHARS = 12;
    static final int RIGHT = LEFT + SCALE * CELL_WIDTH;
    static final int BOTTOM = TOP + 2 * BAND + SCALE * CELL_HEIGHT;

    /** A stakeholder to draw: the name (or role), the two scores (1-5) and whether they still need to be involved. */
    public record Point(String name, int influence, int interest, boolean toInvolve) {
    }

    /** A dot and its label; {@code label} is the name shortened to fit its cell. */
    public record Dot(String name, String label, int x, int y, boolean toInvolve) {

        public int labelX() {
            return x + 9;
        }

        public int labelY() {
            return y + 4;
        }

        /** Filled for someone involved, an open circle for someone still to involve (shape, not colour alone). */
        public String cssClass() {
            return toInvolve ? "koers-grid__dot koers-grid__dot--open" : "koers-grid__dot";
        }
    }

    /** "+3 more" in a cell too full to show everyone; the table lists them all. */
    public record Overflow(int count, int x, int y) {
    }

    /** A quadrant's area, named as trajectory-service names it, with where its label goes. */
    public record Area(String quadrant, int x, int y, int width, int height, int labelX, int labelY) {

        /** Its CSS classes, e.g. {@code koers-grid__area koers-grid__area--manage-closely} (in Java: Thymeleaf reads "__" as preprocessing). */
        public String cssClass() {
            return "koers-grid__area koers-grid__area--" + quadrant.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A number along an axis. */
    public record Tick(int value, int x, int y) {
    }

    private final List<Dot> dots = new ArrayList<>();
    private final List<Overflow> overflows = new ArrayList<>();

    private PowerInterestGrid(List<Point> points) {
        Map<Integer, List<Point>> cells = new LinkedHashMap<>();
        for (Point point : points) {
            int influence = clamp(point.influence());
            int interest = clamp(point.interest());
            cells.computeIfAbsent(influence * 10 + interest, key -> new ArrayList<>())
                    .add(new Point(point.name(), influence, interest, point.toInvolve()));
        }
        cells.values().forEach(this::place);
    }

    public static PowerInterestGrid of(List<Point> points) {
        return new PowerInterestGrid(points == null ? List.of() : points);
    }

    private void place(List<Point> cell) {
        Point first = cell.getFirst();
        boolean full = cell.size() > MAX_PER_CELL;
        int shown = full ? MAX_PER_CELL - 1 : cell.size();
        int lines = full ? MAX_PER_CELL : shown;
        int x = columnLeft(first.interest()) + 14;
        int firstY = rowTop(first.influence()) + CELL_HEIGHT / 2 - (lines - 1) * SPACING / 2;
        for (int i = 0; i < shown; i++) {
            Point point = cell.get(i);
            dots.add(new Dot(point.name(), label(point.name()), x, firstY + i * SPACING, point.toInvolve()));
        }
        if (full) {
            overflows.add(new Overflow(cell.size() - shown, x, firstY + shown * SPACING));
        }
    }

    public List<Dot> dots() {
        return List.copyOf(dots);
    }

    public List<Overflow> overflows() {
        return List.copyOf(overflows);
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    /** The four quadrants: high influence on top, high interest on the right. */
    public List<Area> areas() {
        int splitX = columnLeft(HIGH);
        int splitY = TOP + BAND + (SCALE - HIGH + 1) * CELL_HEIGHT;
        return List.of(
                area("KEEP_SATISFIED", LEFT, TOP, splitX - LEFT, splitY - TOP),
                area("MANAGE_CLOSELY", splitX, TOP, RIGHT - splitX, splitY - TOP),
                area("MONITOR", LEFT, splitY, splitX - LEFT, BOTTOM - splitY),
                area("KEEP_INFORMED", splitX, splitY, RIGHT - splitX, BOTTOM - splitY));
    }

    /** Interest 1-5 under the columns. */
    public List<Tick> interestTicks() {
        List<Tick> ticks = new ArrayList<>();
        for (int score = 1; score <= SCALE; score++) {
            ticks.add(new Tick(score, columnLeft(score) + CELL_WIDTH / 2, BOTTOM + 20));
        }
        return ticks;
    }

    /** Influence 1-5 beside the rows. */
    public List<Tick> influenceTicks() {
        List<Tick> ticks = new ArrayList<>();
        for (int score = SCALE; score >= 1; score--) {
            ticks.add(new Tick(score, LEFT - 10, rowTop(score) + CELL_HEIGHT / 2 + 5));
        }
        return ticks;
    }

    /** Where the interest axis' title goes (centred under the ticks). */
    public int interestTitleX() {
        return LEFT + SCALE * CELL_WIDTH / 2;
    }

    public int interestTitleY() {
        return BOTTOM + 48;
    }

    /** The influence axis' title is written upwards, centred beside the rows. */
    public int influenceTitleX() {
        return 22;
    }

    public int influenceTitleY() {
        return (TOP + BOTTOM) / 2;
    }

    public String influenceTitleTransform() {
        return "rotate(-90 " + influenceTitleX() + " " + influenceTitleY() + ")";
    }

    /** The left edge of the column of an interest score. */
    static int columnLeft(int interest) {
        return LEFT + (clamp(interest) - 1) * CELL_WIDTH;
    }

    /** The top edge of the row of an influence score: 5 on top, one name band above each row of quadrants. */
    static int rowTop(int influence) {
        int score = clamp(influence);
        int bands = score >= HIGH ? 1 : 2;
        return TOP + bands * BAND + (SCALE - score) * CELL_HEIGHT;
    }

    static String label(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.codePointCount(0, stripped.length()) <= LABEL_CHARS) {
            return stripped;
        }
        int end = stripped.offsetByCodePoints(0, LABEL_CHARS - 1);
        return stripped.substring(0, end).strip() + "…";
    }

    private static Area area(String quadrant, int x, int y, int width, int height) {
        return new Area(quadrant, x, y, width, height, x + 8, y + 19);
    }

    private static int clamp(int score) {
        return Math.max(1, Math.min(SCALE, score));
    }
}
