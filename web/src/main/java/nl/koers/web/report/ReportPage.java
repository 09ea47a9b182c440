package nl.koers.web.report;

import java.util.List;

/**
 * A report as the page and the PDF show it, every word and figure already in the reader's language: what it is
 * about, the period it covers, its key figures and further figures as tables, and its breakdowns as charts, each
 * with its table. The page and the PDF render the same model with the same fragments.
 *
 * @param name          the cohort's name, the trajectory's title or the coalition's id
 * @param context       a line above the name: "Rapportage traject", or the cohort's trajectory
 * @param periodText    what the report covers: a school year, a period, or all cohorts of a trajectory
 * @param aggregatesOnly whether small groups are suppressed for this reader (coalition users)
 * @param suppressedText "&lt; 5", the way a suppressed figure reads
 * @param suppressedNote  the one line that says why a figure reads "&lt; 5"
 * @param upLink        for a cohort report, the report of its trajectory; otherwise null
 */
record ReportPage(ReportScope scope, String id, String name, String context, String periodText, Period period,
                  boolean aggregatesOnly, String suppressedText, String suppressedNote, FigureTable keyFigures, List<BarChart> charts,
                  List<FigureTable> tables, Link upLink) {

    /** A table of single figures: one row per figure, its name and value. */
    record FigureTable(String id, String title, List<Row> rows) {

        public boolean anySuppressed() {
            return rows.stream().anyMatch(Row::suppressed);
        }
    }

    record Row(String label, String value, boolean suppressed) {
    }

    record Link(String href, String text) {
    }

    /** Whether any figure is shown as "&lt; 5", so the page explains it once at the top as well as where it shows. */
    public boolean anySuppressed() {
        return keyFigures.anySuppressed() || tables.stream().anyMatch(FigureTable::anySuppressed)
                || charts.stream().anyMatch(BarChart::anySuppressed);
    }

    public String scopeKey() {
        return scope.key();
    }
}
