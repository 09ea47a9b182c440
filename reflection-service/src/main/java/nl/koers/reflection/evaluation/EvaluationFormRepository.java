package nl.koers.reflection.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.persistence.MongoWrites;
import nl.koers.events.DomainEvent;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * One document per trajectory in {@code evaluation_forms}, replaced whole under a version check, with the audit
 * entry of each configuration in its outbox.
 */
@Repository
class EvaluationFormRepository implements EvaluationForms {

    static final String COLLECTION = "evaluation_forms";

    private final MongoCollection<Document> collection;
    private final OutboxRelay outboxRelay;

    EvaluationFormRepository(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        this.outboxRelay = outboxRelay;
    }

    @Override
    public Optional<EvaluationForm> find(UUID trajectoryId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", trajectoryId.toString())).first())
                .map(d -> new EvaluationForm(trajectoryId, d.getList("items", Document.class, List.of()).stream()
                        .map(i -> new EvaluationItem(i.getString("key"), i.getString("label"))).toList(),
                        d.get("version", Number.class).longValue()));
    }

    @Override
    public boolean save(EvaluationForm form, List<? extends DomainEvent> events) {
        List<Document> items = form.items().stream()
                .map(i -> new Document("key", i.key()).append("label", i.label())).toList();
        String id = form.trajectoryId().toString();
        boolean stored;
        if (form.version() == 1) {
            stored = MongoWrites.insertIfAbsent(collection, new Document("_id", id)
                        .append("items", items).append("version", form.version())
                        .append(Outbox.FIELD, Outbox.entries(events)));
        } else {
            stored = collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("version", form.version() - 1)),
                    Updates.combine(Updates.set("items", items), Updates.set("version", form.version()),
                            Updates.pushEach(Outbox.FIELD, Outbox.entries(events)))).getMatchedCount() == 1;
        }
        if (stored) {
            outboxRelay.publishSoon(COLLECTION, id);
        }
        return stored;
    }
}
