package nl.koers.web.admin;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * The audit trail's filters as the form holds them: who, which action, which record (type and id), which
 * service, and a period of days (inclusive, in Dutch time, as the API reads them). The dates are checked here
 * first, so a date that is none or a period that ends before it starts gets its message beside the field;
 * what the API refuses beside that goes beside the field it names.
 */
record AuditFilter(
        @Size(max = 200, message = "{validation.size.max}") String actor,
        @Size(max = 100, message = "{validation.size.max}") String action,
        @Size(max = 100, message = "{validation.size.max}") String recordType,
        @Size(max = 200, message = "{validation.size.max}") String record,
        @Size(max = 50, message = "{validation.size.max}") String service,
        String from,
        String to) {

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    void check(Errors errors) {
        LocalDate start = date(errors, "from", from);
        LocalDate end = date(errors, "to", to);
        if (start != null && end != null && start.isAfter(end)) {
            errors.rejectValue("from", "admin.audit.period.order");
        }
    }

    private static LocalDate date(Errors errors, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "admin.audit.date.invalid");
            return null;
        }
    }

    /** The filters that are set, by the API's names, in a stable order: for the API's query and the pager's links. */
    Map<String, String> parameters() {
        Map<String, String> set = new LinkedHashMap<>();
        put(set, "actor", actor);
        put(set, "action", action);
        put(set, "recordType", recordType);
        put(set, "record", record);
        put(set, "service", service);
        put(set, "from", from);
        put(set, "to", to);
        return set;
    }

    public boolean any() {
        return !parameters().isEmpty();
    }

    /**
     * {@code GET /api/audit} with these filters, each value a template variable so that the client encodes it,
     * whatever characters it holds.
     */
    Query query(int page, int size) {
        StringBuilder template = new StringBuilder("/api/audit?");
        java.util.List<Object> values = new java.util.ArrayList<>();
        parameters().forEach((name, value) -> {
            template.append(name).append("={").append(name).append("}&");
            values.add(value);
        });
        template.append("page={page}&size={size}");
        values.add(page);
        values.add(size);
        return new Query(template.toString(), values.toArray());
    }

    /** A URI template and its variables, in order. */
    record Query(String template, Object[] variables) {
    }

    private static void put(Map<String, String> set, String name, String value) {
        if (!blank(value)) {
            set.put(name, value.strip());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
