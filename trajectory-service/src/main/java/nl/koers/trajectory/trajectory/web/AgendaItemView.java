package nl.koers.trajectory.trajectory.web;

import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.trajectory.AgendaItem;
import org.jspecify.annotations.Nullable;

/** One agenda item of a blueprint session as the API shows it. */
record AgendaItemView(@Schema(example = "ROLE_FAN") String workForm,
                      @Schema(description = "What happens in this part; empty when none was given") String title,
                      int minutes,
                      @Schema(description = "The instrument used in this part; null when none")
                      @Nullable UUID instrumentId) {

    static List<AgendaItemView> of(List<AgendaItem> agenda) {
        return agenda.stream().map(a -> new AgendaItemView(a.workForm().name(), a.title(), a.minutes(),
                a.instrumentId())).toList();
    }
}
