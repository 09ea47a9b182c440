package nl.koers.reflection.intervention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
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
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/** Feedback as documents in {@code feedback}, each inserted with its event in {@code outbox}. */
@Repository
class FeedbackRepository implements FeedbackStore {

    static final String COLLECTION = "feedback";

    private final MongoCollection<Document> collection;
    private final OutboxRelay outboxRelay;

    FeedbackRepository(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        this.outboxRelay = outboxRelay;
        collection.createIndex(Indexes.ascending("interventionId", "givenAt"));
        collection.createIndex(Indexes.ascending("giverId"));
    }

    @Override
    public void add(Feedback feedback) {
        collection.insertOne(new Document("_id", feedback.id().toString())
                .append("interventionId", feedback.interventionId().toString())
                .append("cohortId", feedback.cohortId().toString())
                .append("giverId", feedback.giverId())
                .append("giverRole", feedback.giverRole().name())
                .append("text", feedback.text())
                .append("givenAt", Date.from(feedback.givenAt()))
                .append(Outbox.FIELD, Outbox.entries(feedback.pendingEvents())));
        outboxRelay.publishSoon(COLLECTION, feedback.id().toString());
    }

    @Override
    public PageView<Feedback> on(UUID interventionId, Paging paging) {
        var filter = Filters.eq("interventionId", interventionId.toString());
        long total = collection.countDocuments(filter);
        List<Feedback> items = collection.find(filter).sort(Sorts.ascending("givenAt", "_id"))
                .skip(paging.offset()).limit(paging.size()).map(FeedbackRepository::toFeedback)
                .into(new ArrayList<>());
        return PageView.of(items, paging, total);
    }

    @Override
    public List<Feedback> givenBy(String userId) {
        return all(Filters.eq("giverId", userId));
    }

    @Override
    public List<Feedback> onAny(Collection<UUID> interventionIds) {
        return interventionIds.isEmpty() ? List.of() : all(on(interventionIds));
    }

    @Override
    public void deleteOn(Collection<UUID> interventionIds) {
        if (!interventionIds.isEmpty()) {
            collection.deleteMany(on(interventionIds));
        }
    }

    @Override
    public void deleteIn(UUID cohortId) {
        collection.deleteMany(Filters.eq("cohortId", cohortId.toString()));
    }

    @Override
    public void replaceGiver(String userId, String formerId) {
        collection.updateMany(Filters.eq("giverId", userId), Updates.set("giverId", formerId));
    }

    private List<Feedback> all(Bson filter) {
        return collection.find(filter).sort(Sorts.ascending("givenAt", "_id")).map(FeedbackRepository::toFeedback)
                .into(new ArrayList<>());
    }

    private static Bson on(Collection<UUID> interventionIds) {
        return Filters.in("interventionId", interventionIds.stream().map(UUID::toString).toList());
    }

    private static Feedback toFeedback(Document d) {
        return new Feedback(UUID.fromString(d.getString("_id")), UUID.fromString(d.getString("interventionId")),
                UUID.fromString(d.getString("cohortId")), d.getString("giverId"),
                Feedback.GiverRole.valueOf(d.getString("giverRole")), d.getString("text"),
                d.getDate("givenAt").toInstant(), List.of());
    }

    @Override
    public long countOn(UUID interventionId) {
        return collection.countDocuments(Filters.eq("interventionId", interventionId.toString()));
    }
}
