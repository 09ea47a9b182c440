package nl.koers.trajectory.roster.web;

import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.trajectory.roster.RosterService;
import nl.koers.trajectory.roster.RosterStatus;
import nl.koers.trajectory.roster.RosterViewer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A cohort's roster, projected from enrolment-service's enrolment events and participants' profiles. */
@RestController
@Tag(name = "Rosters", description = "Who is enrolled in a cohort, as enrolment-service last reported it, with the"
        + " names and institutions of the participants' profiles.")
class RosterController {

    private final RosterService roster;

    RosterController(RosterService roster) {
        this.roster = roster;
    }

    @GetMapping("/api/cohorts/{id}/participants")
    @PreAuthorize("hasAnyRole('organiser','admin','facilitator')")
    @Operation(summary = "List a cohort's participants", description = "Organisers, admins and the cohort's own"
            + " facilitators (another facilitator gets 404). By name, a page at a time: everyone still on the"
            + " roster, or only those in one status (withdrawn participants only when asked for with"
            + " status=WITHDRAWN).")
    PageView<RosterEntryView> listCohortParticipants(@PathVariable UUID id,
            @Parameter(description = "Only participants in this status; without it everyone but the withdrawn")
            @RequestParam(required = false) RosterStatus status,
            Paging paging, Caller caller) {
        RosterViewer viewer = new RosterViewer(caller.id(), caller.manages());
        return roster.participants(id, viewer, status, paging.page(), paging.size()).map(RosterEntryView::of);
    }
}
