package nl.koers.reflection.casus.web;

import java.util.List;
import java.util.UUID;
import nl.koers.reflection.casus.CohortRoles;
import nl.koers.reflection.casus.FanRole;

/** A cohort's role fan; version 0 means the default four roles apply. */
record RolesView(UUID cohortId, List<FanRole> roles, long version) {

    static RolesView of(CohortRoles r) {
        return new RolesView(r.cohortId(), r.roles(), r.version());
    }
}
