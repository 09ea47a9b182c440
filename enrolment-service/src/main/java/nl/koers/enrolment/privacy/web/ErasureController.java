package nl.koers.enrolment.privacy.web;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.web.AlsoAnswers;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.enrolment.privacy.Erasure;
import nl.koers.enrolment.privacy.ErasureService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/privacy/erasures")
@Tag(name = "Erasure requests", description = "A participant's right to be forgotten. A participant asks for their own"
        + " erasure, or an admin does on their behalf; every service then erases or anonymises what it holds, and the"
        + " request shows which parts are done. Rosters keep counts only, under a former participant's id. Once every"
        + " part is erased the request no longer names the participant.")
class ErasureController {

    private final ErasureService erasures;

    ErasureController(ErasureService erasures) {
        this.erasures = erasures;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('participant', 'admin')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @AlsoAnswers(404)
    @Operation(summary = "Ask for the erasure of a participant's data", description = "A participant for their own"
            + " data (leave out participantId, or give your own id: someone else's is 403); an admin for any"
            + " participant (participantId required). Answers 202 with the new request, which every service then"
            + " carries out; confirmed and waitlisted places are withdrawn first, so the waitlist moves up. A request"
            + " still pending for the same participant is answered as it is, with 200. 409 (already-erased) when the"
            + " participant was erased before and Koers holds nothing new of them; 404 when Koers never knew them.",
            responses = {
                    @ApiResponse(responseCode = "202", description = "Accepted: the request is stored and on its way"
                            + " to every service.", headers = @Header(name = "Location", description = "Where the"
                            + " request is: GET it there to follow its parts.", schema = @Schema(type = "string",
                            format = "uri-reference", example = "/api/privacy/erasures/7d3c0a52-1b8e-4f0a-9c6d-2e5b8f1a4c39"))),
                    @ApiResponse(responseCode = "200", description = "The participant's request that was already"
                            + " pending; nothing new was asked.")})
    ResponseEntity<ErasureView> requestErasure(@Valid @RequestBody(required = false) @Nullable ErasureRequest request,
                                               Caller caller) {
        ErasureService.Requested requested = erasures.request(caller,
                request == null ? Optional.empty() : request.participant());
        ErasureView view = ErasureView.of(requested.erasure());
        if (!requested.created()) {
            return ResponseEntity.ok(view);
        }
        return ResponseEntity.accepted().location(URI.create("/api/privacy/erasures/" + view.id())).body(view);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('participant', 'admin')")
    @Operation(summary = "Get one erasure request", description = "An admin reads any; a participant only their own"
            + " (also once it is completed and no longer names them). Someone else's answers 404, as if it did not"
            + " exist.")
    ErasureView getErasure(@Parameter(description = "The erasure request's id") @PathVariable UUID id, Caller caller) {
        return ErasureView.of(erasures.get(caller, id));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('participant', 'admin')")
    @Operation(summary = "List erasure requests", description = "An admin reads every request; a participant their own."
            + " Newest first, optionally only those of one status.")
    PageView<ErasureView> listErasures(
            @Parameter(description = "Only requests with this status; all when absent")
            @RequestParam(required = false) Erasure.@Nullable Status status,
            Paging paging, Caller caller) {
        return erasures.list(caller, Optional.ofNullable(status), paging).map(ErasureView::of);
    }
}
