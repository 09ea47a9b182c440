package nl.koers.trajectory.trajectory.persistence;

import java.util.List;
import java.util.UUID;
import nl.koers.trajectory.trajectory.AgendaItem;
import nl.koers.trajectory.trajectory.WorkForm;
import org.bson.Document;

/**
 * The MongoDB shape of an agenda, shared by the trajectories' blueprints and the cohorts' sessions so that
 * both store agenda items alike.
 */
public final class AgendaDocuments {

    private AgendaDocuments() {
    }

    public static List<Document> write(List<AgendaItem> agenda) {
        return agenda.stream().map(a -> new Document("workForm", a.workForm().name()).append("title", a.title())
                .append("minutes", a.minutes())
                .append("instrumentId", a.instrumentId() == null ? null : a.instrumentId().toString())).toList();
    }

    public static List<AgendaItem> read(List<Document> documents) {
        return documents.stream().map(d -> new AgendaItem(WorkForm.valueOf(d.getString("workForm")),
                d.getString("title"), d.getInteger("minutes"),
                d.getString("instrumentId") == null ? null : UUID.fromString(d.getString("instrumentId")))).toList();
    }
}
