package nl.koers.trajectory.roster.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.trajectory.roster.MembershipService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Memberships", description = "The cohorts one facilitates or is on the roster of")
class MembershipController {

    private final MembershipService memberships;

    MembershipController(MembershipService memberships) {
        this.memberships = memberships;
    }

    @GetMapping("/api/cohorts/mine")
    @Operation(summary = "Your cohorts, earliest start first: those you facilitate (myRole FACILITATOR) and those"
            + " whose roster you are on in any status (myRole PARTICIPANT, with rosterStatus)")
    PageView<MembershipView> mine(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size,
                                  @Parameter(hidden = true) Caller caller) {
        return memberships.cohortsOf(caller.id(), page, size).map(MembershipView::of);
    }
}
