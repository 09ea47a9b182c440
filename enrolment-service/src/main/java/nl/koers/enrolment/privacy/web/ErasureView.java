package nl.koers.enrolment.privacy.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.enrolment.privacy.Erasure;
import org.jspecify.annotations.Nullable;

/** An erasure request and how far each service has got with it; it never names the participant. */
record ErasureView(
        UUID id,
        @Schema(description = "PENDING until every part is erased, then COMPLETED")
        Erasure.Status status,
        Instant requestedAt,
        @Schema(description = "Who asked: the participant themselves, or an admin on their behalf",
                allowableValues = {"participant", "admin"})
        String requestedBy,
        @Schema(description = "When the last part was erased; null while PENDING")
        @Nullable Instant completedAt,
        @Schema(description = "One per service that holds personal data: enrolment, trajectory, reflection"
                + " and notification")
        List<PartView> parts) {

    record PartView(
            @Schema(allowableValues = {"enrolment", "trajectory", "reflection", "notification"})
            String part,
            @Schema(description = "PENDING until that service has erased what it held, then ERASED")
            Erasure.PartStatus status,
            @Schema(description = "When that service finished; null while PENDING")
            @Nullable Instant erasedAt) {
    }

    static ErasureView of(Erasure erasure) {
        return new ErasureView(erasure.id(), erasure.status(), erasure.requestedAt(), erasure.requestedBy().code(),
                erasure.completedAt(), erasure.parts().stream()
                        .map(p -> new PartView(p.part().code(), p.status(), p.erasedAt())).toList());
    }
}
