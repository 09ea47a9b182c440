package nl.koers.reflection.casus.web;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.reflection.casus.Case;
import nl.koers.reflection.casus.CaseService;
import nl.koers.reflection.web.IfMatch;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases and the cohort's role fan. They live under {@code /api/interventions/} because a case is where an
 * intervention starts (an intervention names its {@code caseId}), and the gateway routes that prefix here.
 */
@RestController
@Tag(name = "Cases", description = "Cases (casussen) participants bring in, analysed with the cohort's role fan")
class CaseController {

    private final CaseService cases;

    CaseController(CaseService cases) {
        this.cases = cases;
    }

    @PostMapping("/api/interventions/cases")
    @Operation(summary = "Bring in a case, optionally with its analysis (confirmed participants)")
    ResponseEntity<CaseView> bringIn(@Valid @RequestBody CaseRequest request, @Parameter(hidden = true) Caller caller) {
        Case brought = cases.bringIn(caller.id(), request.cohortId(), request.description(),
                ContributionItem.toMap(request.roles()));
        return ResponseEntity.created(URI.create("/api/interventions/cases/" + brought.id()))
                .eTag(IfMatch.etag(brought.version())).body(CaseView.of(brought));
    }

    @GetMapping("/api/interventions/cases")
    @Operation(summary = "Cases you may read in a cohort, newest first")
    PageView<CaseView> list(@RequestParam UUID cohortId,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size,
                            @Parameter(hidden = true) Caller caller) {
        return cases.list(caller.id(), cohortId, page, size).map(CaseView::of);
    }

    @GetMapping("/api/interventions/cases/{id}")
    @Operation(summary = "One case you may read")
    ResponseEntity<CaseView> get(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        Case found = cases.get(caller.id(), id);
        return ResponseEntity.ok().eTag(IfMatch.etag(found.version())).body(CaseView.of(found));
    }

    @PutMapping("/api/interventions/cases/{id}/analysis")
    @Operation(summary = "Analyse your case with the role fan; If-Match optional (412 if the case moved on)")
    ResponseEntity<CaseView> analyse(@PathVariable UUID id, @Valid @RequestBody AnalysisRequest request,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @Parameter(hidden = true) Caller caller) {
        Case analysed = cases.analyse(caller.id(), id, IfMatch.version(ifMatch, "case"),
                ContributionItem.toMap(request.roles()));
        return ResponseEntity.ok().eTag(IfMatch.etag(analysed.version())).body(CaseView.of(analysed));
    }

    @GetMapping("/api/interventions/roles/{cohortId}")
    @Operation(summary = "The cohort's role fan (its participants and facilitators, organisers)")
    RolesView roles(@PathVariable UUID cohortId, @Parameter(hidden = true) Caller caller) {
        return RolesView.of(cases.roles(caller.id(), caller.manages(), cohortId));
    }

    @PutMapping("/api/interventions/roles/{cohortId}")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Define the cohort's role fan (organisers); four roles apply until then")
    RolesView defineRoles(@PathVariable UUID cohortId, @Valid @RequestBody RolesRequest request) {
        return RolesView.of(cases.defineRoles(cohortId, request.toRoles()));
    }
}
