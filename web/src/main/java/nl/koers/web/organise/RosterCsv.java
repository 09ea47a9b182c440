package nl.koers.web.organise;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.koers.web.i18n.Formats;
import nl.koers.web.organise.OrganiseModels.Enrolment;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A cohort's roster as a CSV file that Excel opens as it is, also in Dutch: UTF-8 with a byte order mark (so
 * accents survive) and semicolons between fields (Dutch Excel reads a comma as the decimal separator). Column
 * names and statuses are in the reader's language; moments are in Dutch time, written {@code 2026-11-02 10:15},
 * which Excel reads as a date and time whatever its language. A value that a spreadsheet would
 * run as a formula gets a leading apostrophe, since names and institutions are what participants typed.
 */
@Component
class RosterCsv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Formats.AMSTERDAM);

    private final MessageSource messages;

    RosterCsv(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(List<Enrolment> enrolments) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord(List.of("name", "institution", "participantId", "status", "waitlistPosition", "enrolledAt",
                    "updatedAt").stream().map(column -> text("organise.roster.column." + column)).toList());
            for (Enrolment e : enrolments) {
                csv.printRecord(safe(e.displayName()), safe(e.institution()), safe(e.participantId()),
                        text("enrolment.status." + e.status()),
                        e.waitlistPosition() == null ? "" : e.waitlistPosition().toString(),
                        moment(e.enrolledAt()), moment(e.updatedAt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    /**
     * The file's name: the localised word for a roster and the cohort's name, in plain lowercase letters, digits
     * and hyphens, so that it is safe in a Content-Disposition header and on every file system.
     */
    String filename(String cohortName) {
        String plain = Normalizer.normalize(cohortName == null ? "" : cohortName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-+$", "");
        }
        String prefix = text("organise.roster.filename");
        return (plain.isEmpty() ? prefix : prefix + "-" + plain) + ".csv";
    }

    /** A cell a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) is kept as text. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String moment(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
