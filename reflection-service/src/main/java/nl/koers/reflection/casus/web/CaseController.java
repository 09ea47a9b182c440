package nl.koers.reflection.casus.web;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.defaults.web.Versioned;
import nl.koers.defaults.web.Versions;
import nl.koers.reflection.casus.Case;
import nl.koers.reflection.casus.CaseService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases and the cohort's role fan. They live under {@code /api/interventions/} because a case is where an
 * intervention starts (an intervention names its {@code caseId}), and the gateway routes that prefix here.
 */
@RestController
@Tag(name = "Cases", description = "Cases (casussen) participants bring in for discussion, analysed with the"
        + " cohort's role fan: which roles in the organisation are involved in the quality situation and what each"
        + " can contribute. Read like reflections: by the author and whoever they share it with; never by organisers.")
class CaseController {

    private final CaseService cases;

    CaseController(CaseService cases) {
        this.cases = cases;
    }

    @PostMapping("/api/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @Versioned
    @Operation(summary = "Bring in a case", description = "Confirmed participants of the cohort only (403"
            + " otherwise). Optionally with its analysis already: roles of the cohort's fan, each once, and what each"
            + " can contribute; a role the fan does not have is 422. Shared with the cohort unless visibility says"
            + " otherwise. Answers the case, BROUGHT_IN or (with roles) ANALYSED.")
    ResponseEntity<CaseView> bringInCase(@Valid @RequestBody CaseRequest request, Caller caller) {
        Case brought = cases.bringIn(caller.id(), request.cohortId(), request.description(),
                ContributionItem.toMap(request.roles()));
        return ResponseEntity.created(URI.create("/api/cases/" + brought.id()))
                .eTag(Versions.etag(brought.version())).body(CaseView.of(brought));
    }

    @GetMapping("/api/cases")
    @Operation(summary = "List a cohort's cases you may read", description = "Any signed-in user: your own cases in"
            + " the cohort and those shared with you as its facilitator or confirmed participant; organisers see"
            + " none. Newest first.")
    PageView<CaseView> listCohortCases(
            @Parameter(description = "The cohort whose cases to list") @RequestParam UUID cohortId,
            Paging paging, Caller caller) {
        return cases.list(caller.id(), cohortId, paging).map(CaseView::of);
    }

    @GetMapping("/api/cases/{id}")
    @Versioned
    @Operation(summary = "Get one case", description = "Its author and whoever it is shared with; anyone else gets"
            + " 404, as if it did not exist.")
    ResponseEntity<CaseView> getCase(@Parameter(description = "The case's id") @PathVariable UUID id, Caller caller) {
        Case found = cases.get(caller.id(), id);
        return ResponseEntity.ok().eTag(Versions.etag(found.version())).body(CaseView.of(found));
    }

    @PutMapping("/api/cases/{id}/analysis")
    @Versioned
    @Operation(summary = "Analyse your case with the role fan", description = "Its author only, while a confirmed"
            + " participant of the cohort (403 otherwise). Replaces an earlier analysis; every role must be one of"
            + " the cohort's fan as it is now (422 otherwise). Answers the ANALYSED case at its next version.")
    ResponseEntity<CaseView> analyseCase(
            @Parameter(description = "The case's id") @PathVariable UUID id,
            @Valid @RequestBody AnalysisRequest request,
            @Parameter(description = "The ETag of the case as you last read it: refused with 412 when it moved on"
                    + " since. Without it, the current version is analysed.")
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Caller caller) {
        Case analysed = cases.analyse(caller.id(), id, Versions.ifMatch(ifMatch, "case"),
                ContributionItem.toMap(request.roles()));
        return ResponseEntity.ok().eTag(Versions.etag(analysed.version())).body(CaseView.of(analysed));
    }

    @GetMapping("/api/role-fans/{cohortId}")
    @Operation(summary = "Get a cohort's role fan", description = "The cohort's participants (whatever their"
            + " enrolment status) and facilitators, organisers and admins; anyone else gets 404. Until an organiser"
            + " defines the roles, the four roles of the NCP EQAVET fan apply, at version 0.")
    RolesView getCohortRoleFan(
            @Parameter(description = "The cohort whose roles to read") @PathVariable UUID cohortId, Caller caller) {
        return RolesView.of(cases.roles(caller.id(), caller.manages(), cohortId));
    }

    @PutMapping("/api/role-fans/{cohortId}")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Define a cohort's role fan", description = "Organisers and admins only. Replaces the"
            + " cohort's roles whole (1 to 10, each key once); cases analysed before keep the roles they were analysed"
            + " with. 404 while this service has not heard of the cohort. Each definition goes into the audit trail"
            + " with who made it and the role keys.")
    RolesView defineCohortRoleFan(
            @Parameter(description = "The cohort whose roles to define") @PathVariable UUID cohortId,
            @Valid @RequestBody RolesRequest request, Caller caller) {
        return RolesView.of(cases.defineRoles(caller, cohortId, request.toRoles()));
    }
}
