package nl.koers.trajectory.instrument.web;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.trajectory.instrument.Audience;
import nl.koers.trajectory.instrument.Instrument;
import nl.koers.trajectory.instrument.InstrumentService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reusable instruments: organisers and admins add them, everyone signed in reads them. */
@RestController
@Tag(name = "Instruments", description = "Card sets, route maps and other tools that sessions use, such as LOCK's"
        + " route map with conversation cards or NCP EQAVET's ten-insights-by-four-roles fan. Reference"
        + " material, not personal data.")
class InstrumentController {

    private final InstrumentService instruments;

    InstrumentController(InstrumentService instruments) {
        this.instruments = instruments;
    }

    @PostMapping("/api/instruments")
    @PreAuthorize("hasAnyRole('organiser','admin')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an instrument", description = "Organisers and admins. A CARD_SET has cards and no"
            + " steps, a ROUTE_MAP has steps (each with its cards) and no loose cards, OTHER is described in words"
            + " with optional cards; another combination is a 422. Written to the audit trail.")
    ResponseEntity<InstrumentView> createInstrument(@Valid @RequestBody CreateInstrumentRequest request,
                                                    Caller caller) {
        Instrument instrument = instruments.create(request.kind(), request.title(), request.description(),
                request.cardList(), request.stepList(), caller);
        return ResponseEntity.created(URI.create("/api/instruments/" + instrument.id()))
                .body(InstrumentView.of(instrument));
    }

    @GetMapping("/api/instruments")
    @Operation(summary = "List instruments", description = "Everyone signed in. Newest first, a page at a time.")
    PageView<InstrumentView> listInstruments(Paging paging) {
        return instruments.list(paging.page(), paging.size()).map(InstrumentView::of);
    }

    @GetMapping("/api/instruments/{id}")
    @Operation(summary = "Get an instrument", description = "Everyone signed in. With variant NEW_SCHOOLS or"
            + " EXISTING_SCHOOLS only the cards for that audience and for everyone; without it (or ALL) every card.")
    InstrumentView getInstrument(@PathVariable UUID id,
            @Parameter(description = "Show only the cards for this audience (and those for everyone)")
            @RequestParam(required = false) Audience variant) {
        return InstrumentView.of(instruments.get(id, variant));
    }
}
