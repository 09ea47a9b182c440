package nl.koers.web.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.web.util.UriUtils;

/**
 * Where a report's CSV and PDF are, with the same period as the page, and the names they are saved under: the
 * report's scope, id and period in letters, digits and hyphens only, so no browser or file system trips over them.
 */
record Downloads(String csv, String pdf) {

    private static final int MAX_NAME = 120;

    static Downloads of(ReportPage page) {
        String base = page.scope().page(UriUtils.encodePathSegment(page.id(), StandardCharsets.UTF_8));
        String query = query(page.period());
        return new Downloads(base + ".csv" + query, base + ".pdf" + query);
    }

    /** {@code ?year=2026} for a school year, {@code ?from=...&to=...} for another period, nothing without one. */
    static String query(Period period) {
        if (period == null) {
            return "";
        }
        Integer year = period.schoolYear();
        return year != null ? "?year=" + year : "?from=" + period.from() + "&to=" + period.to();
    }

    /** "koers-report-coalition-teams-aan-zet-2026-2027.pdf". */
    static String fileName(ReportScope scope, String id, Period period, String extension) {
        String name = "koers-report-" + scope.key() + "-" + id + (period == null ? "" : "-" + period.slug());
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        return (safe.length() > MAX_NAME ? safe.substring(0, MAX_NAME) : safe) + "." + extension;
    }
}
