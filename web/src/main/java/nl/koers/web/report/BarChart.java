package nl.koers.web.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.koers.web.report.ReportModels.Figure;

/**
 * A horizontal bar chart of one breakdown of a report, as the page and the PDF draw it in SVG: one bar per group,
 * the group's name on the left, its figure at the end of the bar. Horizontal bars read best with long names (an
 * institution, an evaluation item) and at 320 px. A suppressed figure is a short hatched bar labelled "&lt; 5" (never
 * a bar of 0), a group without a figure has no bar and says so. The chart draws at most {@link #MAX_BARS} bars, to fit
 * a printed page; its table, which is the accessible source of the same figures, lists every group.
 *
 * <p>Colours are SVG presentation attributes (the Content-Security-Policy blocks style attributes, and the PDF's SVG
 * renderer does not see the page's style sheet): the tokens' primary blue on white (8.6:1), text #1a1a1a (17:1).
 *
 * @param id          unique on the page, for the SVG's title and the hatch pattern
 * @param title       what the chart shows, also the SVG's title and the table's caption
 * @param groupHeader the table's first column: status, sector, session ...
 * @param valueHeader the table's second column: participants, rate, average ...
 */
record BarChart(String id, String title, String groupHeader, String valueHeader, List<Bar> bars) {

    static final int MAX_BARS = 20;
    static final int WIDTH = 640;
    static final int LABEL_END = 244;
    static final int BAR_START = 250;
    static final int BAR_SPACE = 320;
    static final int ROW = 30;
    static final int BAR_HEIGHT = 20;
    static final int TOP = 8;
    static final int SUPPRESSED_WIDTH = 40;
    static final int LABEL_CHARS = 28;

    static final String BAR_COLOUR = "#1d4e89";
    static final String TEXT_COLOUR = "#1a1a1a";
    static final String HATCH_COLOUR = "#4a4a4a";
    static final String AXIS_COLOUR = "#6b6b6b";

    /** How a chart's figures scale: counts up to the largest, rates up to 100 %, ratings up to the scale's top (5). */
    enum Kind {
        COUNT, RATE, AVERAGE;

        double max(List<Entry> entries) {
            return switch (this) {
                case RATE -> 1.0;
                case AVERAGE -> 5.0;
                case COUNT -> Math.max(1.0, entries.stream().map(Entry::figure)
                        .filter(f -> f != null && f.value() != null).mapToDouble(Figure::value).max().orElse(1.0));
            };
        }
    }

    /** A group to draw: its name, its figure (null: none), the figure as the reader reads it, a link or null. */
    record Entry(String label, Figure figure, String value, String href) {
    }

    /** A group as drawn; {@code y} is the top of its row, {@code width} the bar's length in SVG units. */
    record Bar(String label, String shortLabel, String value, String href, boolean suppressed, boolean none,
               int y, int width) {

        public int textY() {
            return y + BAR_HEIGHT / 2 + 5;
        }

        public int labelX() {
            return LABEL_END;
        }

        public int barX() {
            return BAR_START;
        }

        public int barHeight() {
            return BAR_HEIGHT;
        }

        public int valueX() {
            return BAR_START + width + 6;
        }
    }

    static BarChart of(String id, String title, String groupHeader, String valueHeader, Kind kind, List<Entry> entries) {
        double max = kind.max(entries);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Figure figure = entry.figure();
            boolean suppressed = figure != null && figure.suppressed();
            boolean none = figure == null || (!suppressed && figure.value() == null);
            int width = suppressed ? SUPPRESSED_WIDTH
                    : none ? 0 : (int) Math.round(Math.min(1.0, Math.max(0.0, figure.value() / max)) * BAR_SPACE);
            bars.add(new Bar(entry.label(), shorten(entry.label()), entry.value(), entry.href(), suppressed, none,
                    TOP + Math.min(i, MAX_BARS) * ROW, width));
        }
        return new BarChart(id, title, groupHeader, valueHeader, List.copyOf(bars));
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /** The bars the chart draws: the first {@link #MAX_BARS}. */
    public List<Bar> drawn() {
        return bars.size() > MAX_BARS ? bars.subList(0, MAX_BARS) : bars;
    }

    /** How many groups only the table shows. */
    public int notDrawn() {
        return Math.max(0, bars.size() - MAX_BARS);
    }

    public boolean anySuppressed() {
        return bars.stream().anyMatch(Bar::suppressed);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return TOP * 2 + drawn().size() * ROW;
    }

    public String viewBox() {
        return "0 0 " + width() + " " + height();
    }

    public int axisX() {
        return BAR_START;
    }

    public int axisBottom() {
        return height() - TOP;
    }

    public String titleId() {
        return id + "-title";
    }

    public String descId() {
        return id + "-desc";
    }

    public String hatchId() {
        return id + "-hatch";
    }

    public String hatchFill() {
        return "url(#" + hatchId() + ")";
    }

    /** Every drawn group with its figure, for the SVG's description: "Bevestigd: 12; Afgemeld: &lt; 5". */
    public String summary() {
        return drawn().stream().map(b -> b.label() + ": " + b.value()).collect(Collectors.joining("; "));
    }

    public String barColour() {
        return BAR_COLOUR;
    }

    public String textColour() {
        return TEXT_COLOUR;
    }

    public String hatchColour() {
        return HATCH_COLOUR;
    }

    public String axisColour() {
        return AXIS_COLOUR;
    }

    private static String shorten(String label) {
        String text = label == null ? "" : label.strip();
        return text.length() <= LABEL_CHARS ? text : text.substring(0, LABEL_CHARS - 1).strip() + "…";
    }
}
