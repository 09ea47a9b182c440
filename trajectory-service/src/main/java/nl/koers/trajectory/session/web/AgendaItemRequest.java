package nl.koers.trajectory.session.web;

import java.util.List;
import java.util.UUID;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.trajectory.trajectory.AgendaItem;
import nl.koers.trajectory.trajectory.WorkForm;

/** One agenda item of a session as a request carries it. */
record AgendaItemRequest(
        @NotNull WorkForm workForm,
        @Size(max = 200) String title,
        @NotNull @Min(1) @Max(480) Integer minutes,
        UUID instrumentId) {

    static List<AgendaItem> items(List<AgendaItemRequest> requests) {
        return requests == null ? null : requests.stream()
                .map(r -> new AgendaItem(r.workForm(), r.title(), r.minutes(), r.instrumentId())).toList();
    }
}
