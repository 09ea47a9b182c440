package nl.koers.reflection.casus;

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
 * One document per cohort in {@code cohort_roles}, replaced whole under a version check, with the audit entry of
 * each definition in its outbox.
 */
@Repository
class RoleFanRepository implements RoleFans {

    static final String COLLECTION = "cohort_roles";

    private final MongoCollection<Document> collection;
    private final OutboxRelay outboxRelay;

    RoleFanRepository(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        this.outboxRelay = outboxRelay;
    }

    @Override
    public Optional<CohortRoles> find(UUID cohortId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", cohortId.toString())).first())
                .map(d -> new CohortRoles(cohortId, d.getList("roles", Document.class, List.of()).stream()
                        .map(r -> new FanRole(r.getString("key"), r.getString("label"))).toList(),
                        d.get("version", Number.class).longValue()));
    }

    @Override
    public boolean save(CohortRoles roles, List<? extends DomainEvent> events) {
        List<Document> list = roles.roles().stream()
                .map(r -> new Document("key", r.key()).append("label", r.label())).toList();
        String id = roles.cohortId().toString();
        boolean stored;
        if (roles.version() == 1) {
            stored = MongoWrites.insertIfAbsent(collection, new Document("_id", id)
                        .append("roles", list).append("version", roles.version())
                        .append(Outbox.FIELD, Outbox.entries(events)));
        } else {
            stored = collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("version", roles.version() - 1)),
                    Updates.combine(Updates.set("roles", list), Updates.set("version", roles.version()),
                            Updates.pushEach(Outbox.FIELD, Outbox.entries(events)))).getMatchedCount() == 1;
        }
        if (stored) {
            outboxRelay.publishSoon(COLLECTION, id);
        }
        return stored;
    }
}
