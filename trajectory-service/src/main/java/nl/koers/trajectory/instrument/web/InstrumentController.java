package nl.koers.trajectory.instrument.web;

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
import nl.koers.trajectory.instrument.Audience;
import nl.koers.trajectory.instrument.Instrument;
import nl.koers.trajectory.instrument.InstrumentService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reusable instruments: organisers and admins add them, everyone signed in reads them. */
@RestController
@Tag(name = "Instruments", description = "Card sets, route maps and other tools that sessions use")
class InstrumentController {

    private final InstrumentService instruments;

    InstrumentController(InstrumentService instruments) {
        this.instruments = instruments;
    }

    @PostMapping("/api/instruments")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @Operation(summary = "Add an instrument: a card set, a route map or another tool")
    ResponseEntity<InstrumentView> create(@Valid @RequestBody CreateInstrumentRequest request,
                                          @Parameter(hidden = true) Caller caller) {
        Instrument instrument = instruments.create(request.kind(), request.title(), request.description(),
                request.cardList(), request.stepList(), caller.id());
        return ResponseEntity.created(URI.create("/api/instruments/" + instrument.id()))
                .body(InstrumentView.of(instrument));
    }

    @GetMapping("/api/instruments")
    @Operation(summary = "List instruments, newest first")
    PageView<InstrumentView> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return instruments.list(page, size).map(InstrumentView::of);
    }

    @GetMapping("/api/instruments/{id}")
    @Operation(summary = "One instrument; with variant=NEW_SCHOOLS or EXISTING_SCHOOLS only the cards for that audience")
    InstrumentView get(@PathVariable UUID id, @RequestParam(required = false) Audience variant) {
        return InstrumentView.of(instruments.get(id, variant));
    }
}
