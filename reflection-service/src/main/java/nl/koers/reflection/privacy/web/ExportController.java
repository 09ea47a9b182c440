package nl.koers.reflection.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.defaults.web.Caller;
import nl.koers.reflection.privacy.ExportService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A participant's right of access: the reflection part of their Koers export, which the gateway composes. */
@RestController
@Tag(name = "Privacy", description = "Your right of access: everything reflection-service holds about you, as the"
        + " reflection part of the Koers export. The gateway puts it together with the other services' parts at"
        + " /api/privacy/export.")
class ExportController {

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/api/privacy/reflection/export")
    @PreAuthorize("hasRole('participant')")
    @Operation(summary = "Export your reflection data", description = "Participants only, for themselves (403 for"
            + " any other role). Your reflections with prompt answers, your cases with their analysis, the"
            + " interventions you planned or co-own with their steps, the feedback you gave (with the intervention"
            + " it was on) and the feedback your interventions received (with the giver's role, not who), and per"
            + " cohort whether you evaluated it, never your answers. Someone with nothing here gets every list"
            + " empty. Each export goes into the audit trail.")
    ExportView exportReflectionData(Caller caller) {
        return ExportView.of(exports.export(caller.id()));
    }
}
