package nl.koers.web.report;

import java.util.Locale;

/**
 * What a report is about, with the API path it is read from and the path of its page. Only a coalition report
 * covers a period: a cohort's and a trajectory's report cover all of it.
 */
enum ReportScope {
    COHORT("/api/reports/cohorts/{id}", "/reports/cohorts/"),
    TRAJECTORY("/api/reports/trajectories/{id}", "/reports/trajectories/"),
    COALITION("/api/reports/coalitions/{id}", "/reports/coalitions/");

    private final String apiPath;
    private final String pagePath;

    ReportScope(String apiPath, String pagePath) {
        this.apiPath = apiPath;
        this.pagePath = pagePath;
    }

    public String apiPath() {
        return apiPath;
    }

    /** The page of the report about {@code id}, without the period. */
    public String page(String id) {
        return pagePath + id;
    }

    public boolean hasPeriod() {
        return this == COALITION;
    }

    /** "cohort", "trajectory", "coalition": for message keys and file names. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
