package nl.koers.enrolment.invitation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an organiser's invitation list: the CSV that Excel ("CSV UTF-8", which puts a BOM in front, or plain "CSV")
 * and every spreadsheet program write. The separator is what the header line uses: Dutch Excel writes {@code ;},
 * English {@code ,}. Header names may be Dutch or English in any case; the column order does not matter. Anything
 * that makes the whole file unusable is an {@link InvitationFileRejected}; what is wrong in a row is left to
 * {@link InvitationRules}.
 */
public final class InvitationCsv {

    public static final long MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 500;
    private static final Pattern LINE = Pattern.compile("(?:startline|line:) (\\d+)");

    /** The columns of a list; only {@code FUNCTION} may be left out. */
    enum Column {
        NAME("naam", "name"),
        EMAIL("e-mail", "email", "e-mailadres", "emailadres", "e-mail address", "email address"),
        INSTITUTION("instelling", "institution"),
        SECTOR("sector"),
        FUNCTION("functie", "function");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        /** How the problem names the column: both its names, as the header may use either. */
        String label() {
            return names.get(0) + "/" + names.get(1 % names.size());
        }
    }

    private InvitationCsv() {
    }

    /**
     * @throws InvitationFileRejected when the file is empty, larger than 1 MiB, not UTF-8, has no header or lacks a
     *                                required column, breaks its quoting, or has more than 500 data rows
     */
    public static List<ListedPerson> read(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw tooLarge();
        }
        String text = decode(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw InvitationFileRejected.unreadable("is empty",
                    "The file is empty: it needs a header line (naam;e-mail;instelling;sector;functie) and a line per"
                            + " person.");
        }
        String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElseThrow();
        char delimiter = delimiterOf(header);
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setLenientEof(false).setTrailingData(false)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<ListedPerson> people = new ArrayList<>();
            Map<Column, Integer> columns = null;
            Lines lines = new Lines(text);
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = columns(record, delimiter);
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                if (people.size() == MAX_ROWS) {
                    throw tooManyRows();
                }
                people.add(person(record, columns, lines.at(record.getCharacterPosition())));
            }
            if (people.isEmpty()) {
                throw InvitationFileRejected.unreadable("is empty under its header", "The list is empty: it has a"
                        + " header line but no line with a person under it. Add a line per person (name, e-mail"
                        + " address, institution, sector) and upload it again.");
            }
            return people;
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a quote that never closes, or text after a closing quote, this way.
            String line = lineOf(e.getMessage());
            throw InvitationFileRejected.unreadable("has broken quoting" + (line.isEmpty() ? "" : " on line " + line),
                    "The file cannot be read as CSV" + (line.isEmpty() ? "" : " from line " + line) + ": a quoted"
                            + " value is not closed, or there is text right after its closing quote. Put quotes"
                            + " (\") only around a whole value and write a quote inside one twice (\"\"), or export"
                            + " the list from Excel again.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InvitationFileRejected tooLarge() {
        return InvitationFileRejected.tooLarge("invitation-file-too-large", "Invitation list too large",
                "is larger than 1 MB", "The file is larger than 1 MB, the most an invitation list may be. Split the"
                        + " list into smaller files.");
    }

    private static InvitationFileRejected tooManyRows() {
        return InvitationFileRejected.tooLarge("invitation-list-too-long", "Invitation list too long",
                "has more than " + MAX_ROWS + " rows", "The list has more than " + MAX_ROWS + " people, the most one"
                        + " upload may have. Split the list into files of at most " + MAX_ROWS + " rows.");
    }

    /** Strict UTF-8: a file saved as Windows-1252 (Excel's plain "CSV") must be refused, not read as garbage. */
    private static String decode(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw InvitationFileRejected.unreadable("is not UTF-8", "The file is not UTF-8 text. In Excel, save it"
                    + " with \"Save as\" and the type \"CSV UTF-8 (comma delimited)\", then upload it again.");
        }
    }

    /** The separator the header uses: the one of {@code ;} and {@code ,} that occurs more often outside quotes. */
    static char delimiterOf(String header) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static Map<Column, Integer> columns(CSVRecord header, char delimiter) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            for (Column column : Column.values()) {
                if (column.names.contains(name)) {
                    found.putIfAbsent(column, i);
                }
            }
        }
        List<Column> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column != Column.FUNCTION && !found.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            String names = missing.stream().map(Column::label).collect(Collectors.joining(", "));
            throw InvitationFileRejected.unreadable("lacks the column" + (missing.size() > 1 ? "s " : " ") + names,
                    "The first line must name the columns naam, e-mail, instelling and sector (functie may be left"
                            + " out); missing: " + names + ". The first line read was: \""
                            + abbreviate(String.join(String.valueOf(delimiter), header.toList())) + "\".");
        }
        return found;
    }

    private static ListedPerson person(CSVRecord record, Map<Column, Integer> columns, long line) {
        Map<Column, String> values = new LinkedHashMap<>();
        for (Column column : Column.values()) {
            Integer index = columns.get(column);
            values.put(column, index == null || index >= record.size() ? "" : record.get(index).strip());
        }
        return new ListedPerson(line, values.get(Column.NAME), values.get(Column.EMAIL), values.get(Column.INSTITUTION),
                values.get(Column.SECTOR), values.get(Column.FUNCTION));
    }

    /**
     * The line a record starts on, as the organiser's editor numbers it: a quoted cell with a line break in it makes
     * it differ from the record number. Records come in order, so counting goes on from the previous one.
     */
    private static final class Lines {

        private final String text;
        private int position;
        private long line = 1;

        Lines(String text) {
            this.text = text;
        }

        long at(long characterPosition) {
            while (position < characterPosition && position < text.length()) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    /**
     * The line commons-csv names in its message ({@code (startline 4)} for a quote that never closes, {@code line: 4}
     * for text after a closing quote), or empty; its message itself names Java types, which are no help to an
     * organiser.
     */
    static String lineOf(String message) {
        Matcher line = LINE.matcher(message == null ? "" : message);
        return line.find() ? line.group(1) : "";
    }


    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
