package nl.koers.trajectory.privacy;

import java.util.Date;
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
import org.springframework.stereotype.Repository;

/**
 * {@code erasure_receipts}: one small document per erasure this service finished, keyed by the erasure's id,
 * holding when and the pending events that say so. It names no participant. A redelivered request pushes its
 * events again in the same one-document write.
 */
@Repository
class ErasureReceiptRepository implements ErasureReceipts {

    static final String COLLECTION = "erasure_receipts";

    private final MongoCollection<Document> collection;
    private final OutboxRelay outboxRelay;

    ErasureReceiptRepository(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        this.outboxRelay = outboxRelay;
    }

    @Override
    public void record(UUID erasureId, List<? extends DomainEvent> events) {
        String id = erasureId.toString();
        collection.updateOne(Filters.eq("_id", id), Updates.combine(
                        Updates.set("erasedAt", Date.from(events.getFirst().occurredAt())),
                        Updates.pushEach(Outbox.FIELD, Outbox.entries(events))),
                new UpdateOptions().upsert(true));
        outboxRelay.publishSoon(COLLECTION, id);
    }
}
