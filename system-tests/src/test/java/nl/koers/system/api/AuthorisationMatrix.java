package nl.koers.system.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code docs/authorisation-matrix.md} as the test reads it: one {@link Row} per operation with the status each
 * {@link CallerKind} must get. The table is written for people; this reads its columns by their headings, so a
 * column may move without a line here, and refuses a table it cannot read whole rather than test half of it.
 */
record AuthorisationMatrix(Path file, List<Row> rows) {

    /** The kinds of caller, in the table's order, with the demo user each one signs in as. */
    enum CallerKind {
        NO_TOKEN("no token", null),
        OWNER("owner", "participant61"),
        SAME_COHORT("same cohort", "participant62"),
        OTHER_COHORT("other cohort", "participant63"),
        FACILITATOR("facilitator", "facilitator"),
        OTHER_FACILITATOR("other facilitator", "facilitator2"),
        ORGANISER("organiser", "organiser"),
        COALITION("coalition", "coalition"),
        OTHER_COALITION("other coalition", "coalition2"),
        ADMIN("admin", "admin");

        final String heading;
        /** The demo user; null for no token. */
        final String user;

        CallerKind(String heading, String user) {
            this.heading = heading;
            this.user = user;
        }
    }

    /** One operation's row: where it is, and the status each caller must get. */
    record Row(String service, String operationId, String method, String path, Map<CallerKind, Integer> expected,
               int line) {

        String key() {
            return service + " " + operationId;
        }

        String request() {
            return method + " " + path;
        }
    }

    static AuthorisationMatrix read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The authorisation matrix " + file + " cannot be read", e);
        }
        List<Row> rows = new ArrayList<>();
        List<String> headings = null;
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = cells(lines.get(i));
            if (cells.isEmpty()) {
                continue;
            }
            if (headings == null) {
                if (cells.contains("operationId")) {
                    headings = cells;
                }
                continue;
            }
            if (cells.getFirst().matches("-+")) {
                continue;
            }
            rows.add(row(file, headings, cells, i + 1));
        }
        if (headings == null || rows.isEmpty()) {
            throw new IllegalStateException(file + " has no table with an operationId column");
        }
        return new AuthorisationMatrix(file, List.copyOf(rows));
    }

    private static Row row(Path file, List<String> headings, List<String> cells, int line) {
        if (cells.size() != headings.size()) {
            throw new IllegalStateException(file + ":" + line + " has " + cells.size() + " cells, the heading "
                    + headings.size());
        }
        String[] request = cells.get(column(headings, "request", file)).split(" ", 2);
        Map<CallerKind, Integer> expected = new EnumMap<>(CallerKind.class);
        for (CallerKind kind : CallerKind.values()) {
            String cell = cells.get(column(headings, kind.heading, file));
            if (!cell.matches("[1-5]\\d\\d")) {
                throw new IllegalStateException(file + ":" + line + ": the " + kind.heading + " cell is '" + cell
                        + "', not a status");
            }
            expected.put(kind, Integer.parseInt(cell));
        }
        return new Row(cells.get(column(headings, "service", file)), cells.get(column(headings, "operationId", file)),
                request[0].toUpperCase(Locale.ROOT), request.length > 1 ? request[1] : "", expected, line);
    }

    private static int column(List<String> headings, String heading, Path file) {
        int index = headings.indexOf(heading);
        if (index < 0) {
            throw new IllegalStateException(file + " has no column '" + heading + "' in its table");
        }
        return index;
    }

    /** A Markdown table line's cells, trimmed, without code ticks; empty for any other line. */
    private static List<String> cells(String line) {
        String trimmed = line.strip();
        if (!trimmed.startsWith("|") || !trimmed.endsWith("|") || trimmed.length() < 2) {
            return List.of();
        }
        return Arrays.stream(trimmed.substring(1, trimmed.length() - 1).split("\\|", -1))
                .map(cell -> cell.strip().replace("`", "")).toList();
    }
}
