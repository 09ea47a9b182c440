package nl.koers.trajectory.report;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes a report as CSV that opens cleanly in Excel as Dutch users have it: UTF-8 with a byte order mark (without
 * it Excel reads the file as Windows-1252 and garbles "Coöperatie"), fields separated by semicolons (Excel takes
 * its list separator from the regional settings, and with Dutch settings that is ';' because ',' is the decimal
 * separator: a comma-separated file would open as one column), and decimals written as the labels' language
 * writes them (a comma in Dutch, a point in English). One row per figure; a suppressed figure reads "&lt; 5",
 * never 0. Text that Excel would take for a formula (=, +, -, @) is prefixed with an apostrophe.
 */
public final class ReportCsv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char SEPARATOR = ';';

    /**
     * The words a CSV is written in, by code: {@code label.<name>} for a section, figure or report word (such as
     * {@code label.participation} or {@code label.header.section}), {@code group.<key>} for the breakdown groups
     * reports name themselves ({@code other}, {@code unknown}). A code without a word shows as its name.
     */
    public interface Labels {

        /** The word for {@code code}, or null when there is none. */
        String word(String code);

        /** Whose decimal separator numbers are written with. */
        Locale numbers();
    }

    private ReportCsv() {
    }

    public static byte[] write(OutcomeReport report, Labels labels) {
        DecimalFormat decimals = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(labels.numbers()));
        StringBuilder csv = new StringBuilder();
        row(csv, label(labels, "header.section"), label(labels, "header.figure"), label(labels, "header.key"),
                label(labels, "header.value"));
        String reportWord = label(labels, "report");
        row(csv, reportWord, label(labels, "scope"), "", label(labels, report.scope().name()));
        row(csv, reportWord, label(labels, "id"), "", report.id());
        if (report.from() != null) {
            row(csv, reportWord, label(labels, "from"), "", report.from().toString());
            row(csv, reportWord, label(labels, "to"), "", report.to().toString());
        }
        if (report.aggregatesOnly()) {
            row(csv, reportWord, label(labels, "minimumGroupSize"), "", String.valueOf(Suppression.MINIMUM_GROUP));
        }
        for (OutcomeReport.Line line : report.lines()) {
            row(csv, label(labels, line.section()), label(labels, line.figure()), group(labels, line.key()),
                    value(line.value(), decimals));
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        return bytes;
    }

    private static String label(Labels labels, String name) {
        if (name == null) {
            return "";
        }
        String word = labels.word("label." + name);
        return word != null ? word : name;
    }

    /** A breakdown's group: shown as it is (a sector, an institution), except the groups reports name themselves. */
    private static String group(Labels labels, String key) {
        if (key == null) {
            return "";
        }
        boolean own = key.equals(Suppression.OTHER) || key.equals(CohortTally.UNKNOWN);
        String word = own ? labels.word("group." + key) : null;
        return word != null ? word : key;
    }

    private static String value(Figure figure, DecimalFormat decimals) {
        if (figure.isSuppressed()) {
            return "< " + Suppression.MINIMUM_GROUP;
        }
        if (figure.value() == null) {
            return "";
        }
        return figure.value() instanceof Double d ? decimals.format(d) : figure.value().toString();
    }

    private static void row(StringBuilder csv, String... fields) {
        List<String> escaped = Arrays.stream(fields).map(ReportCsv::field).toList();
        csv.append(String.join(String.valueOf(SEPARATOR), escaped)).append("\r\n");
    }

    private static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
