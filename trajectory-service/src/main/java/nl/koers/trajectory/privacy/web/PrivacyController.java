package nl.koers.trajectory.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.defaults.web.Caller;
import nl.koers.trajectory.privacy.PrivacyService;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A participant's right of access: what trajectory-service holds about them, as one part of their export. */
@RestController
@Tag(name = "Privacy", description = "Your right of access: the trajectory part of your personal data export."
        + " The gateway puts it together with the other parts at /api/privacy/export.")
class PrivacyController {

    private final PrivacyService privacy;

    PrivacyController(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @GetMapping("/api/privacy/trajectory/export")
    @PreAuthorize("hasRole('participant')")
    @Operation(summary = "Export your trajectory data", description = "Participants, about themselves: the"
            + " cohorts whose roster you are on, your attendance, your development questions with every revision,"
            + " your stakeholder maps and whether you have a calendar address (never its secret). With nothing"
            + " here yet, every section is empty. Each export is written to the audit trail.")
    ResponseEntity<TrajectoryExportView> exportTrajectoryData(Caller caller) {
        // Personal data: no cache on the way may keep a copy.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(TrajectoryExportView.of(privacy.export(caller)));
    }
}
