package nl.koers.trajectory.roster.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.trajectory.roster.MembershipService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own cohorts, for a home page. */
@RestController
@Tag(name = "Memberships", description = "The cohorts one facilitates or is on the roster of.")
class MembershipController {

    private final MembershipService memberships;

    MembershipController(MembershipService memberships) {
        this.memberships = memberships;
    }

    @GetMapping("/api/cohorts/mine")
    @Operation(summary = "List your cohorts", description = "Everyone signed in. Earliest start first: the"
            + " cohorts you facilitate (myRole FACILITATOR) and those whose roster you are on in any status"
            + " (myRole PARTICIPANT, with rosterStatus).")
    PageView<MembershipView> listMyCohorts(Paging paging, Caller caller) {
        return memberships.cohortsOf(caller.id(), paging.page(), paging.size()).map(MembershipView::of);
    }
}
