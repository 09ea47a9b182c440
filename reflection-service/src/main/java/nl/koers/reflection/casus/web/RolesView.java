package nl.koers.reflection.casus.web;

import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.reflection.casus.CohortRoles;
import nl.koers.reflection.casus.FanRole;

/** A cohort's role fan; version 0 means the default four roles apply. */
record RolesView(
        UUID cohortId,
        @Schema(description = "The fan's roles, in order: the key cases use and the label people read")
        List<FanRole> roles,
        @Schema(description = "Grows with every definition; 0 while the default four roles apply", example = "0")
        long version) {

    static RolesView of(CohortRoles r) {
        return new RolesView(r.cohortId(), r.roles(), r.version());
    }
}
