package nl.koers.defaults.apidocs.sample;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.defaults.web.Versioned;
import nl.koers.defaults.web.Versions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** One operation of each shape the contract customizer tells apart; what they answer does not matter. */
@RestController
@Tag(name = "Workshops", description = "Sample workshops: one operation of each shape a Koers operation has")
class WorkshopController {

    @PostMapping("/api/workshops")
    @ResponseStatus(HttpStatus.CREATED)
    @Versioned
    @Operation(summary = "Plan a workshop", description = "Organisers only. Answers the new workshop, with its"
            + " address and version.")
    ResponseEntity<WorkshopView> planWorkshop(@Valid @RequestBody PlanWorkshopRequest request, Caller caller) {
        WorkshopView view = view(UUID.randomUUID());
        return ResponseEntity.created(URI.create("/api/workshops/" + view.id())).eTag(Versions.etag(0))
                .body(view);
    }

    @GetMapping("/api/workshops/{id}")
    @Versioned
    @Operation(summary = "Read a workshop", description = "Anyone signed in. Answers the workshop and its version.")
    ResponseEntity<WorkshopView> getWorkshop(@PathVariable UUID id) {
        return ResponseEntity.ok().eTag(Versions.etag(0)).body(view(id));
    }

    @PutMapping("/api/workshops/{id}")
    @Versioned
    @Operation(summary = "Revise a workshop", description = "Organisers only, and only with the version last read.")
    ResponseEntity<WorkshopView> reviseWorkshop(@PathVariable UUID id,
            @Parameter(required = true, description = "The ETag of the workshop as last read")
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PlanWorkshopRequest request) {
        Versions.requiredIfMatch(ifMatch, "workshop");
        return ResponseEntity.ok().eTag(Versions.etag(1)).body(view(id));
    }

    @DeleteMapping("/api/workshops/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancel a workshop", description = "Organisers only. If-Match makes it safe to retry.")
    ResponseEntity<Void> cancelWorkshop(@PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        Versions.ifMatch(ifMatch, "workshop");
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/workshops/{id}/summary")
    @Operation(summary = "Summarise a workshop's evaluations", description = "Organisers only. Without figures"
            + " while too few evaluated.")
    WorkshopSummaryView summariseWorkshop(@PathVariable UUID id) {
        return new WorkshopSummaryView(id, true, null);
    }

    @GetMapping("/api/workshops")
    @Operation(summary = "List workshops", description = "Anyone signed in. Earliest first, a page at a time.")
    PageView<WorkshopView> listWorkshops(Paging paging, Caller caller) {
        return PageView.of(List.of(view(UUID.randomUUID())), paging, 1);
    }

    @GetMapping(path = "/api/workshops/export", produces = "text/csv")
    @Operation(summary = "Export workshops as CSV", description = "Organisers only. From a day on, if given.")
    String exportWorkshops(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                           LocalDate from, Caller caller) {
        return "title,startsOn\r\n";
    }

    /** At the one public path there is ({@link nl.koers.events.ApiPaths#CALENDAR_FEEDS}). */
    @GetMapping(path = "/api/sessions/calendar/{token}.ics", produces = "text/calendar")
    @Operation(summary = "A workshop calendar feed", description = "For calendar programs, which send no token:"
            + " the token in the path is the proof.")
    String workshopCalendar(@PathVariable String token) {
        throw new NotFound("calendar-not-found", "Calendar not found", "There is no calendar " + token + ".");
    }

    private static WorkshopView view(UUID id) {
        return new WorkshopView(id, "Feedback that lands", LocalDate.of(2026, 9, 14), WorkshopStatus.PLANNED,
                null, null, null, List.of(), 0);
    }
}
