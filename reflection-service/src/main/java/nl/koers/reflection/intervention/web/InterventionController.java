package nl.koers.reflection.intervention.web;

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
import nl.koers.reflection.intervention.Intervention;
import nl.koers.reflection.intervention.InterventionService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * Interventions and their life cycle. Answers carry the version as ETag; every change takes an optional
 * If-Match (412 when the intervention moved on; without it the current version is changed). A move the
 * status does not allow is 409.
 */
@RestController
@Tag(name = "Interventions", description = "Detailed step-by-step action plans (aanpakplan) and compact"
        + " interventions a participant, or a work group of participants, plans and carries out: PLANNED,"
        + " IN_PROGRESS, CARRIED_OUT with the experience recorded, and REFLECTED with next steps once feedback came"
        + " in. Shared with the cohort unless the owners choose otherwise; never read by organisers.")
class InterventionController {

    private static final String IF_MATCH = "The ETag of the intervention as you last read it: the change is"
            + " refused with 412 when it moved on since. Without it, the current version is changed.";
    private static final String OWNERS = " The intervention's owners only (its planner and work group), while"
            + " confirmed participants of the cohort; 403 for other readers.";

    private final InterventionService interventions;

    InterventionController(InterventionService interventions) {
        this.interventions = interventions;
    }

    @PostMapping("/api/interventions")
    @ResponseStatus(HttpStatus.CREATED)
    @Versioned
    @Operation(summary = "Plan an intervention", description = "Confirmed participants of the cohort only (403"
            + " otherwise), alone or with co-owners who are confirmed participants of the same cohort (422"
            + " otherwise). An ACTION_PLAN has 1 to 30 steps, a COMPACT intervention none. A caseId must name a case"
            + " of the cohort you may read. Answers the PLANNED intervention at version 1.")
    ResponseEntity<InterventionView> planIntervention(@Valid @RequestBody PlanRequest request, Caller caller) {
        Intervention planned = interventions.plan(caller.id(), request.cohortId(), request.plan(), request.coOwners());
        return ResponseEntity.created(URI.create("/api/interventions/" + planned.id()))
                .eTag(Versions.etag(planned.version())).body(InterventionView.of(planned));
    }

    @GetMapping("/api/interventions")
    @Operation(summary = "List a cohort's interventions you may read", description = "Any signed-in user: those you"
            + " own or co-own in the cohort and those shared with you as its facilitator or confirmed participant;"
            + " organisers see none. Newest first.")
    PageView<InterventionView> listCohortInterventions(
            @Parameter(description = "The cohort whose interventions to list") @RequestParam UUID cohortId,
            Paging paging, Caller caller) {
        return interventions.list(caller.id(), cohortId, paging).map(InterventionView::of);
    }

    @GetMapping("/api/interventions/{id}")
    @Versioned
    @Operation(summary = "Get one intervention", description = "Its owners and whoever it is shared with; anyone"
            + " else gets 404, as if it did not exist.")
    ResponseEntity<InterventionView> getIntervention(
            @Parameter(description = "The intervention's id") @PathVariable UUID id, Caller caller) {
        return answer(interventions.get(caller.id(), id));
    }

    @PutMapping("/api/interventions/{id}")
    @Versioned
    @Operation(summary = "Revise an intervention's plan", description = "While it is PLANNED or IN_PROGRESS (409"
            + " after)." + OWNERS + " Replaces title, goal, steps with their status, work group and visibility"
            + " whole; the kind cannot change (409).")
    ResponseEntity<InterventionView> reviseIntervention(
            @Parameter(description = "The intervention's id") @PathVariable UUID id,
            @Valid @RequestBody ReviseRequest request,
            @Parameter(description = IF_MATCH)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Caller caller) {
        return answer(interventions.revise(caller.id(), id, version(ifMatch), request.plan(), request.coOwners()));
    }

    @PostMapping("/api/interventions/{id}/start")
    @Versioned
    @Operation(summary = "Start carrying out an intervention", description = "PLANNED becomes IN_PROGRESS; from any"
            + " other status 409." + OWNERS + " Takes no body.")
    ResponseEntity<InterventionView> startIntervention(
            @Parameter(description = "The intervention's id") @PathVariable UUID id,
            @Parameter(description = IF_MATCH)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Caller caller) {
        return answer(interventions.start(caller.id(), id, version(ifMatch)));
    }

    @PostMapping("/api/interventions/{id}/carry-out")
    @Versioned
    @Operation(summary = "Record an intervention as carried out", description = "IN_PROGRESS becomes CARRIED_OUT"
            + " with what the owners experienced; from any other status 409." + OWNERS)
    ResponseEntity<InterventionView> carryOutIntervention(
            @Parameter(description = "The intervention's id") @PathVariable UUID id,
            @Valid @RequestBody ExperienceRequest request,
            @Parameter(description = IF_MATCH)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Caller caller) {
        return answer(interventions.carryOut(caller.id(), id, version(ifMatch), request.experience()));
    }

    @PostMapping("/api/interventions/{id}/reflect")
    @Versioned
    @Operation(summary = "Record next steps after feedback", description = "CARRIED_OUT becomes REFLECTED with the"
            + " next steps the owners take; 409 from any other status, and while nobody gave feedback yet."
            + OWNERS)
    ResponseEntity<InterventionView> reflectOnIntervention(
            @Parameter(description = "The intervention's id") @PathVariable UUID id,
            @Valid @RequestBody NextStepsRequest request,
            @Parameter(description = IF_MATCH)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Caller caller) {
        return answer(interventions.reflect(caller.id(), id, version(ifMatch), request.nextSteps()));
    }

    private static ResponseEntity<InterventionView> answer(Intervention intervention) {
        return ResponseEntity.ok().eTag(Versions.etag(intervention.version())).body(InterventionView.of(intervention));
    }

    private static @Nullable Long version(@Nullable String ifMatch) {
        return Versions.ifMatch(ifMatch, "intervention");
    }
}
