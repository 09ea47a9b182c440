package nl.koers.reflection.reflection;

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
 * One document per session in {@code session_prompts}, replaced whole under a version check, with the audit entry
 * of each replacement in its outbox.
 */
@Repository
class PromptSetRepository implements PromptSets {

    static final String COLLECTION = "session_prompts";

    private final MongoCollection<Document> collection;
    private final OutboxRelay outboxRelay;

    PromptSetRepository(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        this.outboxRelay = outboxRelay;
    }

    @Override
    public Optional<SessionPrompts> find(UUID sessionId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", sessionId.toString())).first())
                .map(d -> new SessionPrompts(sessionId, UUID.fromString(d.getString("cohortId")),
                        d.getList("prompts", Document.class, List.of()).stream()
                                .map(p -> new Prompt(p.getString("key"), p.getString("question"))).toList(),
                        d.get("version", Number.class).longValue()));
    }

    @Override
    public boolean save(SessionPrompts prompts, List<? extends DomainEvent> events) {
        List<Document> list = prompts.prompts().stream()
                .map(p -> new Document("key", p.key()).append("question", p.question())).toList();
        String id = prompts.sessionId().toString();
        boolean stored;
        if (prompts.version() == 1) {
            stored = MongoWrites.insertIfAbsent(collection, new Document("_id", id)
                        .append("cohortId", prompts.cohortId().toString())
                        .append("prompts", list).append("version", prompts.version())
                        .append(Outbox.FIELD, Outbox.entries(events)));
        } else {
            stored = collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("version", prompts.version() - 1)),
                    Updates.combine(Updates.set("prompts", list), Updates.set("version", prompts.version()),
                            Updates.pushEach(Outbox.FIELD, Outbox.entries(events)))).getMatchedCount() == 1;
        }
        if (stored) {
            outboxRelay.publishSoon(COLLECTION, id);
        }
        return stored;
    }
}
