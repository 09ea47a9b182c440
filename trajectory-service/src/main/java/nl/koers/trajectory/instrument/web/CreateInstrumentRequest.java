package nl.koers.trajectory.instrument.web;

import java.util.List;
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
        @NotNull InstrumentKind kind,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 5000) String description,
        @Size(max = 100) List<@NotNull @Valid CardRequest> cards,
        @Size(max = 20) List<@NotNull @Valid StepRequest> steps) {

    /** A card: question on the front, suggestions on the back, for ALL (default), NEW_SCHOOLS or EXISTING_SCHOOLS. */
    record CardRequest(@NotBlank @Size(max = 500) String question,
                       @Size(max = 20) List<@NotBlank @Size(max = 500) String> suggestions,
                       Audience audience) {

        Card card() {
            return new Card(question, suggestions, audience);
        }
    }

    /** A route map step with its cards. */
    record StepRequest(@NotBlank @Size(max = 200) String title,
                       @Size(max = 2000) String purpose,
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
