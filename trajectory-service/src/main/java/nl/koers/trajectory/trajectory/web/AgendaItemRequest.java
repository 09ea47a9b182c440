package nl.koers.trajectory.trajectory.web;

import java.util.UUID;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.trajectory.AgendaItem;
import nl.koers.trajectory.trajectory.WorkForm;

/** One agenda item of a blueprint session as a request carries it. */
record AgendaItemRequest(
        @NotNull WorkForm workForm,
        @Size(max = 200) String title,
        @NotNull @Min(1) @Max(480) Integer minutes,
        UUID instrumentId) {

    AgendaItem item() {
        return new AgendaItem(workForm, title, minutes, instrumentId);
    }
}
