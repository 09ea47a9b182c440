package nl.koers.reflection.casus.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.reflection.casus.Case;
import nl.koers.reflection.casus.CaseStatus;
import nl.koers.reflection.casus.RoleContribution;
import nl.koers.reflection.membership.Visibility;

/** A case as its readers see it; {@code version} is also its ETag. */
record CaseView(UUID id, UUID cohortId, String ownerId, String title, String situation, Visibility visibility,
                CaseStatus status, List<RoleContribution> roles, Instant createdAt, Instant updatedAt, long version) {

    static CaseView of(Case c) {
        return new CaseView(c.id(), c.cohortId(), c.ownerId(), c.description().title(), c.description().situation(),
                c.description().visibility(), c.status(), c.analysis(), c.createdAt(), c.updatedAt(), c.version());
    }
}
