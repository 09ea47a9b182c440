package nl.koers.reflection.intervention.web;

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
import nl.koers.reflection.intervention.Intervention;
import nl.koers.reflection.intervention.InterventionService;
import nl.koers.reflection.web.IfMatch;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Interventions and their life cycle. Answers carry the version as ETag; every change takes an optional
 * If-Match (412 when the intervention moved on; without it the current version is changed). A move the
 * status does not allow is 409.
 */
@RestController
@Tag(name = "Interventions", description = "Action plans and compact interventions, carried out and reflected on")
class InterventionController {

    private final InterventionService interventions;

    InterventionController(InterventionService interventions) {
        this.interventions = interventions;
    }

    @PostMapping("/api/interventions")
    @Operation(summary = "Plan an intervention, alone or as a work group (confirmed participants)")
    ResponseEntity<InterventionView> plan(@Valid @RequestBody PlanRequest request, @Parameter(hidden = true) Caller caller) {
        Intervention planned = interventions.plan(caller.id(), request.cohortId(), request.plan(), request.coOwners());
        return ResponseEntity.created(URI.create("/api/interventions/" + planned.id()))
                .eTag(IfMatch.etag(planned.version())).body(InterventionView.of(planned));
    }

    @GetMapping("/api/interventions")
    @Operation(summary = "Interventions you may read in a cohort, newest first")
    PageView<InterventionView> list(@RequestParam UUID cohortId,
                                    @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size,
                                    @Parameter(hidden = true) Caller caller) {
        return interventions.list(caller.id(), cohortId, page, size).map(InterventionView::of);
    }

    @GetMapping("/api/interventions/{id}")
    @Operation(summary = "One intervention you may read")
    ResponseEntity<InterventionView> get(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        return answer(interventions.get(caller.id(), id));
    }

    @PutMapping("/api/interventions/{id}")
    @Operation(summary = "Revise the plan while PLANNED or IN_PROGRESS (owners)")
    ResponseEntity<InterventionView> revise(@PathVariable UUID id, @Valid @RequestBody ReviseRequest request,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Parameter(hidden = true) Caller caller) {
        return answer(interventions.revise(caller.id(), id, version(ifMatch), request.plan(), request.coOwners()));
    }

    @PostMapping("/api/interventions/{id}/start")
    @Operation(summary = "PLANNED -> IN_PROGRESS (owners)")
    ResponseEntity<InterventionView> start(@PathVariable UUID id,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Parameter(hidden = true) Caller caller) {
        return answer(interventions.start(caller.id(), id, version(ifMatch)));
    }

    @PostMapping("/api/interventions/{id}/carry-out")
    @Operation(summary = "IN_PROGRESS -> CARRIED_OUT, recording the experience (owners)")
    ResponseEntity<InterventionView> carryOut(@PathVariable UUID id, @Valid @RequestBody ExperienceRequest request,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @Parameter(hidden = true) Caller caller) {
        return answer(interventions.carryOut(caller.id(), id, version(ifMatch), request.experience()));
    }

    @PostMapping("/api/interventions/{id}/reflect")
    @Operation(summary = "CARRIED_OUT -> REFLECTED, recording next steps; needs feedback first (owners)")
    ResponseEntity<InterventionView> reflect(@PathVariable UUID id, @Valid @RequestBody NextStepsRequest request,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             @Parameter(hidden = true) Caller caller) {
        return answer(interventions.reflect(caller.id(), id, version(ifMatch), request.nextSteps()));
    }

    private static ResponseEntity<InterventionView> answer(Intervention intervention) {
        return ResponseEntity.ok().eTag(IfMatch.etag(intervention.version())).body(InterventionView.of(intervention));
    }

    private static Long version(String ifMatch) {
        return IfMatch.version(ifMatch, "intervention");
    }
}
