package nl.koers.trajectory.instrument.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.instrument.Card;
import nl.koers.trajectory.instrument.Instrument;
import nl.koers.trajectory.instrument.RouteStep;

/** An instrument as the API shows it; route map steps are numbered from 1 in their order. */
record InstrumentView(UUID id, @Schema(description = "CARD_SET, ROUTE_MAP or OTHER", example = "CARD_SET") String kind,
                      String title, @Schema(description = "Empty when none was given") String description,
                      @Schema(description = "Loose cards; empty for a route map") List<CardView> cards,
                      @Schema(description = "A route map's steps, numbered from 1; empty for other kinds")
                      List<StepView> steps,
                      @Schema(description = "The user id of who added it") String createdBy, Instant createdAt) {

    record CardView(String question, List<String> suggestions,
                    @Schema(description = "ALL, NEW_SCHOOLS or EXISTING_SCHOOLS", example = "ALL") String audience) {
        static CardView of(Card card) {
            return new CardView(card.question(), card.suggestions(), card.audience().name());
        }
    }

    record StepView(int number, String title, String purpose, List<CardView> cards) {
    }

    static InstrumentView of(Instrument instrument) {
        List<RouteStep> steps = instrument.steps();
        return new InstrumentView(instrument.id(), instrument.kind().name(), instrument.title(),
                instrument.description(), instrument.cards().stream().map(CardView::of).toList(),
                java.util.stream.IntStream.range(0, steps.size()).mapToObj(i -> new StepView(i + 1,
                        steps.get(i).title(), steps.get(i).purpose(),
                        steps.get(i).cards().stream().map(CardView::of).toList())).toList(),
                instrument.createdBy(), instrument.createdAt());
    }
}
