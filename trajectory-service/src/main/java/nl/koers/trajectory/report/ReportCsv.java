package nl.koers.trajectory.report;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Writes a report as CSV that opens cleanly in Excel as Dutch users have it: UTF-8 with a byte order mark (without
 * it Excel reads the file as Windows-1252 and garbles "Coöperatie"), fields separated by semicolons (Excel takes
 * its list separator from the regional settings, and with Dutch settings that is ';' because ',' is the decimal
 * separator: a comma-separated file would open as one column), and decimals written with a comma in Dutch and a
 * point in English. One row per figure; a suppressed figure reads "&lt; 5", never 0. Text that Excel would take
 * for a formula (=, +, -, @) is prefixed with an apostrophe.
 */
public final class ReportCsv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char SEPARATOR = ';';

    private ReportCsv() {
    }

    public static byte[] write(OutcomeReport report, Locale locale) {
        ReportLabels labels = new ReportLabels(locale);
        DecimalFormat decimals = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(
                labels.dutch() ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH));
        StringBuilder csv = new StringBuilder();
        row(csv, labels.of("header.section"), labels.of("header.figure"), labels.of("header.key"), labels.of("header.value"));
        row(csv, labels.of("report"), labels.of("scope"), "", labels.of(report.scope().name()));
        row(csv, labels.of("report"), labels.of("id"), "", report.id());
        if (report.from() != null) {
            row(csv, labels.of("report"), labels.of("from"), "", report.from().toString());
            row(csv, labels.of("report"), labels.of("to"), "", report.to().toString());
        }
        if (report.aggregatesOnly()) {
            row(csv, labels.of("report"), labels.of("minimumGroupSize"), "", String.valueOf(Suppression.MINIMUM_GROUP));
        }
        for (OutcomeReport.Line line : report.lines()) {
            String key = labels.group(line.key());
            row(csv, labels.of(line.section()), labels.of(line.figure()), key, value(line.value(), decimals));
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        return bytes;
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
        List<String> escaped = java.util.Arrays.stream(fields).map(ReportCsv::field).toList();
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
