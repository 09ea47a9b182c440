package nl.koers.reflection.reflection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.reflection.membership.Visibility;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Reflections as documents in {@code reflections}. A revision is one update that sets the new content, bumps
 * {@code version} and pushes its event into {@code outbox}, filtered on the version it was read at. Prompt
 * answers are stored as a list of key/answer pairs, so a key never becomes a field name.
 */
@Repository
class ReflectionRepository implements Reflections {

    static final String COLLECTION = "reflections";

    private final MongoCollection<Document> collection;
    private final OutboxRelay outboxRelay;

    ReflectionRepository(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        this.outboxRelay = outboxRelay;
        collection.createIndex(Indexes.ascending("cohortId", "updatedAt"));
        collection.createIndex(Indexes.ascending("ownerId", "updatedAt"));
    }

    @Override
    public void add(Reflection reflection) {
        Document document = new Document("_id", reflection.id().toString())
                .append("cohortId", reflection.cohortId().toString())
                .append("ownerId", reflection.ownerId())
                .append("createdAt", Date.from(reflection.createdAt()))
                .append(Outbox.FIELD, Outbox.entries(reflection.pendingEvents()));
        content(reflection).forEach(document::append);
        collection.insertOne(document);
        outboxRelay.publishSoon(COLLECTION, reflection.id().toString());
    }

    @Override
    public boolean update(Reflection reflection, long expectedVersion) {
        List<Bson> updates = new ArrayList<>();
        content(reflection).forEach((field, value) -> updates.add(Updates.set(field, value)));
        updates.add(Updates.pushEach(Outbox.FIELD, Outbox.entries(reflection.pendingEvents())));
        boolean matched = collection.updateOne(Filters.and(Filters.eq("_id", reflection.id().toString()),
                Filters.eq("version", expectedVersion)), Updates.combine(updates)).getMatchedCount() == 1;
        if (matched) {
            outboxRelay.publishSoon(COLLECTION, reflection.id().toString());
        }
        return matched;
    }

    @Override
    public boolean delete(UUID id, long expectedVersion) {
        // Erasure is immediate: an event still pending in the document goes with it, so no consumer ever
        // counts a reflection that no longer exists.
        return collection.deleteOne(Filters.and(Filters.eq("_id", id.toString()),
                Filters.eq("version", expectedVersion))).getDeletedCount() == 1;
    }

    @Override
    public Optional<Reflection> find(UUID id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id.toString())).first())
                .map(ReflectionRepository::toReflection);
    }

    @Override
    public PageView<Reflection> visibleIn(UUID cohortId, String userId, Set<Visibility> shared, Paging paging) {
        Bson readable = shared.isEmpty() ? Filters.eq("ownerId", userId)
                : Filters.or(Filters.eq("ownerId", userId),
                        Filters.in("visibility", shared.stream().map(Enum::name).toList()));
        return page(Filters.and(Filters.eq("cohortId", cohortId.toString()), readable), paging);
    }

    @Override
    public PageView<Reflection> ownedBy(String userId, Paging paging) {
        return page(Filters.eq("ownerId", userId), paging);
    }

    @Override
    public Map<Visibility, Long> countIn(UUID cohortId) {
        Map<Visibility, Long> counts = new EnumMap<>(Visibility.class);
        for (Visibility visibility : Visibility.values()) {
            counts.put(visibility, collection.countDocuments(Filters.and(
                    Filters.eq("cohortId", cohortId.toString()), Filters.eq("visibility", visibility.name()))));
        }
        return counts;
    }

    @Override
    public List<Reflection> allOwnedBy(String userId) {
        return collection.find(Filters.eq("ownerId", userId)).sort(Sorts.ascending("createdAt", "_id"))
                .map(ReflectionRepository::toReflection).into(new ArrayList<>());
    }

    @Override
    public void deleteOwnedBy(String userId) {
        collection.deleteMany(Filters.eq("ownerId", userId));
    }

    @Override
    public void deleteIn(UUID cohortId) {
        collection.deleteMany(Filters.eq("cohortId", cohortId.toString()));
    }

    private PageView<Reflection> page(Bson filter, Paging paging) {
        long total = collection.countDocuments(filter);
        List<Reflection> items = collection.find(filter).sort(Sorts.descending("updatedAt", "_id"))
                .skip(paging.offset()).limit(paging.size()).map(ReflectionRepository::toReflection).into(new ArrayList<>());
        return PageView.of(items, paging, total);
    }

    private static Document content(Reflection reflection) {
        ReflectionContent c = reflection.content();
        List<Document> answers = c.answers().entrySet().stream()
                .map(a -> new Document("key", a.getKey()).append("answer", a.getValue())).toList();
        return new Document("sessionId", c.sessionId() == null ? null : c.sessionId().toString())
                .append("text", c.text())
                .append("answers", answers)
                .append("visibility", c.visibility().name())
                .append("updatedAt", Date.from(reflection.updatedAt()))
                .append("version", reflection.version());
    }

    private static Reflection toReflection(Document d) {
        Map<String, String> answers = new LinkedHashMap<>();
        d.getList("answers", Document.class, List.of()).forEach(a -> answers.put(a.getString("key"), a.getString("answer")));
        String sessionId = d.getString("sessionId");
        ReflectionContent content = new ReflectionContent(sessionId == null ? null : UUID.fromString(sessionId),
                d.getString("text"), answers, Visibility.valueOf(d.getString("visibility")));
        return Reflection.restore(UUID.fromString(d.getString("_id")), UUID.fromString(d.getString("cohortId")),
                d.getString("ownerId"), content, instant(d.getDate("createdAt")), instant(d.getDate("updatedAt")),
                d.get("version", Number.class).longValue());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
