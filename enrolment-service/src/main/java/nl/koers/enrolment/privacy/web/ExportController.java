package nl.koers.enrolment.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.defaults.web.Caller;
import nl.koers.enrolment.privacy.ExportService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Privacy export", description = "A participant's right of access: everything enrolment-service holds"
        + " about them, as one JSON part of the Koers export (the gateway puts the four services' parts together).")
class ExportController {

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/api/privacy/enrolment/export")
    @PreAuthorize("hasRole('participant')")
    @Operation(summary = "Export your enrolment data", description = "Participants only, for their own data: the"
            + " profile (e-mail address included), every enrolment with its motivation, status, waitlist position and"
            + " dates, and every erasure request about them. Someone Koers holds nothing of gets an empty part."
            + " Each export is recorded in the audit trail.")
    EnrolmentExportView exportEnrolmentData(Caller caller) {
        return EnrolmentExportView.of(exports.export(caller));
    }
}
