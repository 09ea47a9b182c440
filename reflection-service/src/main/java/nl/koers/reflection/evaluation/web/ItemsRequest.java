package nl.koers.reflection.evaluation.web;

import java.util.List;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.evaluation.EvaluationForm;
import nl.koers.reflection.evaluation.EvaluationItem;
import nl.koers.reflection.web.Keys;

/** The items an organiser wants a trajectory's participants to rate, replacing the earlier ones. */
record ItemsRequest(
        @Schema(description = "The items in the order participants read them; each key once")
        @NotNull @Size(min = 1, max = EvaluationForm.MAX_ITEMS) List<@NotNull @Valid Item> items) {

    /** One item: the key ratings use and the label participants read. */
    record Item(
            @Schema(description = "The key ratings use: " + Keys.MESSAGE, example = "relevance")
            @NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String key,
            @Schema(description = "What participants rate, as they read it",
                    example = "Relevantie voor mijn eigen ontwikkelvraag")
            @NotBlank @Size(max = EvaluationForm.MAX_LABEL) String label) {
    }

    List<EvaluationItem> toItems() {
        return items.stream().map(i -> new EvaluationItem(i.key(), i.label().strip())).toList();
    }
}
