package nl.koers.enrolment.privacy;

import nl.koers.defaults.problem.InvalidField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What an admin looks for in the audit trail: every filter optional, combined with "and". {@code from} and
 * {@code to} are days as a Dutch school reads them (Europe/Amsterdam), both included.
 */
public record AuditQuery(Optional<String> actor, Optional<String> action, Optional<String> recordType,
                         Optional<String> record, Optional<String> service, Optional<LocalDate> from,
                         Optional<LocalDate> to) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** Audit entries exist from Koers' start; the bound keeps the day arithmetic far from LocalDate's ends. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    public AuditQuery {
        service.ifPresent(s -> {
            if (!AuditRecord.SERVICES.contains(s)) {
                throw new InvalidField("service", "must be one of enrolment, trajectory, reflection, notification",
                        "The query parameter 'service' must be one of enrolment, trajectory, reflection,"
                                + " notification, not '" + s + "'.");
            }
        });
        from.ifPresent(day -> requireInRange("from", day));
        to.ifPresent(day -> requireInRange("to", day));
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new InvalidField("from", "must be on or before to",
                    "The query parameter 'from' (" + from.get() + ") must be on or before 'to' (" + to.get() + ").");
        }
    }

    /** The first moment of {@code from}, if given. */
    public Optional<Instant> since() {
        return from.map(day -> day.atStartOfDay(ZONE).toInstant());
    }

    /** The first moment after {@code to}, if given: entries before it are in the period. */
    public Optional<Instant> before() {
        return to.map(day -> day.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    private static void requireInRange(String field, LocalDate day) {
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw new InvalidField(field, "must be a date from " + EARLIEST + " to " + LATEST,
                    "The query parameter '" + field + "' must be a date from " + EARLIEST + " to " + LATEST
                            + ", not " + day + ".");
        }
    }
}
