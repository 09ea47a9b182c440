package nl.koers.notification.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.events.DomainEvent;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * One small document per erasure in {@code erasures} ({@code _id} the erasure id) and per expired cohort in
 * {@code cohort_expiries} ({@code _id} the cohort id): a status, when, and the outbox. Times are ISO text.
 */
@Repository
class ErasureRepository implements Erasures {

    static final String ERASURES = "erasures";
    static final String EXPIRIES = "cohort_expiries";
    private static final String RUNNING = "RUNNING";
    private static final String FINISHED = "FINISHED";

    private final MongoCollection<Document> erasures;
    private final MongoCollection<Document> expiries;
    private final OutboxRelay outboxRelay;

    ErasureRepository(OutboxRelay outboxRelay) {
        this.erasures = outboxRelay.watch(ERASURES);
        this.expiries = outboxRelay.watch(EXPIRIES);
        this.outboxRelay = outboxRelay;
    }

    @Override
    public boolean begin(UUID erasureId, Instant now) {
        return FINISHED.equals(start(erasures, erasureId.toString(), now).getString("status"));
    }

    @Override
    public void finish(UUID erasureId, Instant at, List<? extends DomainEvent> events) {
        finish(erasures, ERASURES, erasureId.toString(), at, events);
    }

    @Override
    public void announce(UUID erasureId, List<? extends DomainEvent> events) {
        erasures.updateOne(Filters.eq("_id", erasureId.toString()), Updates.pushEach(Outbox.FIELD, Outbox.entries(events)));
        outboxRelay.publishSoon(ERASURES, erasureId.toString());
    }

    @Override
    public boolean beginExpiry(UUID cohortId, Instant now) {
        return !FINISHED.equals(start(expiries, cohortId.toString(), now).getString("status"));
    }

    @Override
    public void finishExpiry(UUID cohortId, Instant at, List<? extends DomainEvent> events) {
        finish(expiries, EXPIRIES, cohortId.toString(), at, events);
    }

    private static Document start(MongoCollection<Document> collection, String id, Instant now) {
        collection.updateOne(Filters.eq("_id", id), Updates.combine(Updates.setOnInsert("status", RUNNING),
                Updates.setOnInsert("startedAt", now.toString())), new UpdateOptions().upsert(true));
        return collection.find(Filters.eq("_id", id)).first();
    }

    private void finish(MongoCollection<Document> collection, String name, String id, Instant at,
                        List<? extends DomainEvent> events) {
        Bson finished = Updates.combine(Updates.set("status", FINISHED), Updates.set("finishedAt", at.toString()),
                Updates.pushEach(Outbox.FIELD, Outbox.entries(events)));
        collection.updateOne(Filters.eq("_id", id), finished);
        outboxRelay.publishSoon(name, id);
    }
}
