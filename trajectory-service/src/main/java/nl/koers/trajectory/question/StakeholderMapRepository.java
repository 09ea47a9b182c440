package nl.koers.trajectory.question;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.persistence.MongoWrites;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Stakeholder maps as MongoDB documents in {@code stakeholder_maps}, keyed by their question's id. The first
 * save inserts (a second first save hits the duplicate key and loses); later saves update filtered on the
 * version read. Either way the map and its event are written in one document operation.
 */
@Repository
class StakeholderMapRepository implements StakeholderMaps {

    static final String COLLECTION = "stakeholder_maps";

    private final MongoCollection<Document> collection;
    private final OutboxRelay outboxRelay;

    StakeholderMapRepository(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        this.outboxRelay = outboxRelay;
    }

    @Override
    public Optional<StakeholderMap> find(UUID questionId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", questionId.toString())).first())
                .map(StakeholderMapRepository::toMap);
    }

    @Override
    public boolean save(StakeholderMap map, long expectedVersion) {
        String id = map.questionId().toString();
        List<Document> stakeholders = map.stakeholders().stream().map(StakeholderMapRepository::stakeholder).toList();
        boolean saved;
        if (expectedVersion == 0) {
            saved = MongoWrites.insertIfAbsent(collection, new Document("_id", id).append("stakeholders", stakeholders)
                    .append("updatedAt", Date.from(map.updatedAt())).append("version", map.version())
                    .append(Outbox.FIELD, Outbox.entries(map.pendingEvents())));
        } else {
            saved = collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("version", expectedVersion)),
                    Updates.combine(Updates.set("stakeholders", stakeholders),
                            Updates.set("updatedAt", Date.from(map.updatedAt())),
                            Updates.set("version", map.version()),
                            Updates.pushEach(Outbox.FIELD, Outbox.entries(map.pendingEvents()))))
                    .getMatchedCount() == 1;
        }
        if (saved) {
            outboxRelay.publishSoon(COLLECTION, id);
        }
        return saved;
    }

    @Override
    public void deleteAll(Collection<UUID> questionIds) {
        if (!questionIds.isEmpty()) {
            collection.deleteMany(Filters.in("_id", questionIds.stream().map(UUID::toString).toList()));
        }
    }

    private static Document stakeholder(Stakeholder s) {
        return new Document("nameOrRole", s.nameOrRole()).append("function", s.function())
                .append("level", s.level().name()).append("influence", s.influence()).append("interest", s.interest())
                .append("stance", s.stance().name()).append("toInvolve", s.toInvolve()).append("note", s.note());
    }

    private static StakeholderMap toMap(Document d) {
        List<Stakeholder> stakeholders = d.getList("stakeholders", Document.class, List.of()).stream()
                .map(s -> new Stakeholder(s.getString("nameOrRole"), s.getString("function"),
                        OrganisationalLevel.valueOf(s.getString("level")), s.getInteger("influence"),
                        s.getInteger("interest"), Stance.valueOf(s.getString("stance")), s.getBoolean("toInvolve"),
                        s.getString("note"))).toList();
        return StakeholderMap.restore(UUID.fromString(d.getString("_id")), stakeholders,
                d.getDate("updatedAt").toInstant(), d.get("version", Number.class).longValue());
    }
}
