package nl.koers.trajectory.trajectory.web;

import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.trajectory.AgendaItem;
import nl.koers.trajectory.trajectory.WorkForm;

/** One agenda item of a blueprint session as a request carries it. */
record AgendaItemRequest(
        @Schema(description = "How the group works in this part", example = "ROLE_FAN")
        @NotNull WorkForm workForm,
        @Schema(description = "What happens in this part", example = "Kennismaken met de tien inzichten")
        @Size(max = 200) String title,
        @Schema(description = "How long this part takes, 1 to 480 minutes", example = "45")
        @NotNull @Min(1) @Max(480) Integer minutes,
        @Schema(description = "The instrument used in this part, if any (GET /api/instruments)",
                example = "3f1c2d9e-8a6b-4c1d-9e2f-7a8b9c0d1e2f")
        UUID instrumentId) {

    AgendaItem item() {
        return new AgendaItem(workForm, title, minutes, instrumentId);
    }
}
