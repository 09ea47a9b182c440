package nl.koers.reflection.casus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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
 * Cases as documents in {@code cases}. An analysis is one update that sets it, bumps {@code version} and
 * pushes its event into {@code outbox}, filtered on the version it was read at.
 */
@Repository
class CaseRepository implements Cases {

    static final String COLLECTION = "cases";

    private final MongoCollection<Document> collection;
    private final OutboxRelay outboxRelay;

    CaseRepository(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        this.outboxRelay = outboxRelay;
        collection.createIndex(Indexes.ascending("cohortId", "updatedAt"));
        collection.createIndex(Indexes.ascending("ownerId"));
    }

    @Override
    public void add(Case brought) {
        CaseDescription d = brought.description();
        Document document = new Document("_id", brought.id().toString())
                .append("cohortId", brought.cohortId().toString())
                .append("ownerId", brought.ownerId())
                .append("title", d.title())
                .append("situation", d.situation())
                .append("visibility", d.visibility().name())
                .append("createdAt", Date.from(brought.createdAt()))
                .append(Outbox.FIELD, Outbox.entries(brought.pendingEvents()));
        analysis(brought).forEach(document::append);
        collection.insertOne(document);
        outboxRelay.publishSoon(COLLECTION, brought.id().toString());
    }

    @Override
    public boolean update(Case analysed, long expectedVersion) {
        List<Bson> updates = new ArrayList<>();
        analysis(analysed).forEach((field, value) -> updates.add(Updates.set(field, value)));
        updates.add(Updates.pushEach(Outbox.FIELD, Outbox.entries(analysed.pendingEvents())));
        boolean matched = collection.updateOne(Filters.and(Filters.eq("_id", analysed.id().toString()),
                Filters.eq("version", expectedVersion)), Updates.combine(updates)).getMatchedCount() == 1;
        if (matched) {
            outboxRelay.publishSoon(COLLECTION, analysed.id().toString());
        }
        return matched;
    }

    @Override
    public Optional<Case> find(UUID id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id.toString())).first()).map(CaseRepository::toCase);
    }

    @Override
    public PageView<Case> visibleIn(UUID cohortId, String userId, Set<Visibility> shared, Paging paging) {
        Bson readable = shared.isEmpty() ? Filters.eq("ownerId", userId)
                : Filters.or(Filters.eq("ownerId", userId),
                        Filters.in("visibility", shared.stream().map(Enum::name).toList()));
        Bson filter = Filters.and(Filters.eq("cohortId", cohortId.toString()), readable);
        long total = collection.countDocuments(filter);
        List<Case> items = collection.find(filter).sort(Sorts.descending("updatedAt", "_id"))
                .skip(paging.offset()).limit(paging.size()).map(CaseRepository::toCase).into(new ArrayList<>());
        return PageView.of(items, paging, total);
    }

    @Override
    public List<Case> allOwnedBy(String userId) {
        return collection.find(Filters.eq("ownerId", userId)).sort(Sorts.ascending("createdAt", "_id"))
                .map(CaseRepository::toCase).into(new ArrayList<>());
    }

    @Override
    public void deleteOwnedBy(String userId) {
        collection.deleteMany(Filters.eq("ownerId", userId));
    }

    @Override
    public void deleteIn(UUID cohortId) {
        collection.deleteMany(Filters.eq("cohortId", cohortId.toString()));
    }

    private static Document analysis(Case c) {
        List<Document> roles = c.analysis().stream().map(r -> new Document("roleKey", r.roleKey())
                .append("roleLabel", r.roleLabel()).append("contribution", r.contribution())).toList();
        return new Document("analysis", roles)
                .append("status", c.status().name())
                .append("updatedAt", Date.from(c.updatedAt()))
                .append("version", c.version());
    }

    private static Case toCase(Document d) {
        CaseDescription description = new CaseDescription(d.getString("title"), d.getString("situation"),
                Visibility.valueOf(d.getString("visibility")));
        List<RoleContribution> analysis = d.getList("analysis", Document.class, List.of()).stream()
                .map(r -> new RoleContribution(r.getString("roleKey"), r.getString("roleLabel"), r.getString("contribution")))
                .toList();
        return Case.restore(UUID.fromString(d.getString("_id")), UUID.fromString(d.getString("cohortId")),
                d.getString("ownerId"), description, analysis, CaseStatus.valueOf(d.getString("status")),
                instant(d.getDate("createdAt")), instant(d.getDate("updatedAt")), d.get("version", Number.class).longValue());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
