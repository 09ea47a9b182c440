package nl.koers.trajectory.trajectory.web;

import java.util.List;
import java.util.UUID;
import nl.koers.trajectory.trajectory.AgendaItem;

/** One agenda item of a blueprint session as the API shows it. */
record AgendaItemView(String workForm, String title, int minutes, UUID instrumentId) {

    static List<AgendaItemView> of(List<AgendaItem> agenda) {
        return agenda.stream().map(a -> new AgendaItemView(a.workForm().name(), a.title(), a.minutes(),
                a.instrumentId())).toList();
    }
}
