package nl.koers.trajectory.roster.web;

import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.trajectory.roster.RosterService;
import nl.koers.trajectory.roster.RosterStatus;
import nl.koers.trajectory.roster.RosterViewer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rosters", description = "Who is enrolled in a cohort")
class RosterController {

    private final RosterService roster;

    RosterController(RosterService roster) {
        this.roster = roster;
    }

    @GetMapping("/api/cohorts/{id}/participants")
    @PreAuthorize("hasAnyRole('organiser','admin','facilitator')")
    @Operation(summary = "A cohort's participants by name; withdrawn ones only when asked for with status=WITHDRAWN")
    PageView<RosterEntryView> participants(@PathVariable UUID id,
                                           @RequestParam(required = false) RosterStatus status,
                                           @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                           @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size,
                                           @Parameter(hidden = true) Caller caller) {
        RosterViewer viewer = new RosterViewer(caller.id(), caller.manages());
        return roster.participants(id, viewer, status, page, size).map(RosterEntryView::of);
    }
}
