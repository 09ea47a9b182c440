package nl.koers.reflection.casus.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.reflection.casus.Case;
import nl.koers.reflection.casus.CaseStatus;
import nl.koers.reflection.casus.RoleContribution;
import nl.koers.reflection.membership.Visibility;

/** A case as its readers see it; {@code version} is also its ETag. */
record CaseView(
        UUID id,
        UUID cohortId,
        @Schema(description = "The user id of the participant who brought it in")
        String ownerId,
        String title,
        String situation,
        @Schema(description = "Who besides the author may read it: PRIVATE, FACILITATORS or COHORT")
        Visibility visibility,
        @Schema(description = "BROUGHT_IN until it is analysed, ANALYSED after")
        CaseStatus status,
        @Schema(description = "The analysis, in the order of the fan: each role's key and label as they were when"
                + " analysed, and what it can contribute; empty until analysed")
        List<RoleContribution> roles,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Grows with every analysis; the ETag is this number in quotes", example = "2")
        long version) {

    static CaseView of(Case c) {
        return new CaseView(c.id(), c.cohortId(), c.ownerId(), c.description().title(), c.description().situation(),
                c.description().visibility(), c.status(), c.analysis(), c.createdAt(), c.updatedAt(), c.version());
    }
}
