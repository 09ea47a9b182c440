package nl.koers.reflection.evaluation.web;

import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.reflection.evaluation.EvaluationForm;
import nl.koers.reflection.evaluation.EvaluationItem;
import nl.koers.reflection.web.Keys;

/** The items an organiser wants a trajectory's participants to rate, replacing the earlier ones. */
record ItemsRequest(@NotNull @Size(min = 1, max = EvaluationForm.MAX_ITEMS) List<@NotNull @Valid Item> items) {

    /** One item: the key ratings use and the label participants read. */
    record Item(@NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String key,
                @NotBlank @Size(max = EvaluationForm.MAX_LABEL) String label) {
    }

    List<EvaluationItem> toItems() {
        return items.stream().map(i -> new EvaluationItem(i.key(), i.label().strip())).toList();
    }
}
