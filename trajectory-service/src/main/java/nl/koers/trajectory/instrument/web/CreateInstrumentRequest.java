package nl.koers.trajectory.instrument.web;

import java.util.List;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.instrument.Audience;
import nl.koers.trajectory.instrument.Card;
import nl.koers.trajectory.instrument.InstrumentKind;
import nl.koers.trajectory.instrument.RouteStep;

/**
 * What an organiser sends to add an instrument. Sizes are checked here; which parts a kind must have (cards
 * for a card set, steps for a route map) is the instrument's own rule, answered with 422.
 */
record CreateInstrumentRequest(
        @Schema(description = "CARD_SET: cards only; ROUTE_MAP: steps with cards; OTHER: words, optional cards",
                example = "CARD_SET")
        @NotNull InstrumentKind kind,
        @Schema(example = "Tien inzichten, vier rollen") @NotBlank @Size(max = 200) String title,
        @Schema(description = "What the instrument is for and how to use it",
                example = "Een waaier om in gesprek te gaan over kwaliteitsborging.")
        @Size(max = 5000) String description,
        @ArraySchema(arraySchema = @Schema(description = "The cards of a card set (or of another tool)"))
        @Size(max = 100) List<@NotNull @Valid CardRequest> cards,
        @ArraySchema(arraySchema = @Schema(description = "The steps of a route map, in order"))
        @Size(max = 20) List<@NotNull @Valid StepRequest> steps) {

    /** A card: question on the front, suggestions on the back, for ALL (default), NEW_SCHOOLS or EXISTING_SCHOOLS. */
    record CardRequest(@Schema(description = "The question on the front",
                               example = "Wie in jouw team bewaakt de kwaliteitscyclus?")
                       @NotBlank @Size(max = 500) String question,
                       @ArraySchema(arraySchema = @Schema(description = "Suggestions on the back"),
                               schema = @Schema(example = "Bespreek het in het teamoverleg"))
                       @Size(max = 20) List<@NotBlank @Size(max = 500) String> suggestions,
                       @Schema(description = "For whom the card is meant; ALL when left out", example = "ALL")
                       Audience audience) {

        Card card() {
            return new Card(question, suggestions, audience);
        }
    }

    /** A route map step with its cards. */
    record StepRequest(@Schema(example = "Urgentie creëren") @NotBlank @Size(max = 200) String title,
                       @Schema(description = "What the step is for", example = "Samen zien waarom het nodig is")
                       @Size(max = 2000) String purpose,
                       @ArraySchema(arraySchema = @Schema(description = "The step's cards"))
                       @Size(max = 30) List<@NotNull @Valid CardRequest> cards) {

        RouteStep step() {
            return new RouteStep(title, purpose, cards == null ? List.of() : cards.stream().map(CardRequest::card).toList());
        }
    }

    List<Card> cardList() {
        return cards == null ? List.of() : cards.stream().map(CardRequest::card).toList();
    }

    List<RouteStep> stepList() {
        return steps == null ? List.of() : steps.stream().map(StepRequest::step).toList();
    }
}
