package nl.koers.web.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An erasure as enrolment-service keeps it ({@code ErasureView}): who asked, when, and how far each part of
 * Koers is. The page shows every part Koers has, in the same order, even while the answer names fewer.
 *
 * @param requestedBy {@code participant} (they asked themselves) or {@code admin} (on their behalf)
 */
public record Erasure(UUID id, String status, Instant requestedAt, String requestedBy, Instant completedAt,
                      List<ErasurePart> parts) {

    /** The parts in the order the page lists them: inschrijvingen, trajecten en groepen, reflecties, e-mailberichten. */
    static final List<String> PARTS = List.of("enrolment", "trajectory", "reflection", "notification");

    public Erasure {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public boolean completed() {
        return "COMPLETED".equals(status);
    }

    /** Every part, each with its state; a part the answer does not name yet is still under way. */
    public List<ErasurePart> progress() {
        return PARTS.stream().map(name -> parts.stream().filter(p -> name.equals(p.part())).findFirst()
                .orElse(new ErasurePart(name, "PENDING", null))).toList();
    }

    /** One part of Koers erasing what it holds. */
    public record ErasurePart(String part, String status, Instant erasedAt) {

        public boolean erased() {
            return "ERASED".equals(status);
        }
    }
}
