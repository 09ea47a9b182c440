package nl.koers.reflection.reflection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.persistence.MongoWrites;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** One document per session in {@code session_prompts}, replaced whole under a version check. */
@Repository
class PromptSetRepository implements PromptSets {

    private final MongoCollection<Document> collection;

    PromptSetRepository(MongoTemplate mongo) {
        this.collection = mongo.getCollection("session_prompts");
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
    public boolean save(SessionPrompts prompts) {
        List<Document> list = prompts.prompts().stream()
                .map(p -> new Document("key", p.key()).append("question", p.question())).toList();
        if (prompts.version() == 1) {
            return MongoWrites.insertIfAbsent(collection, new Document("_id", prompts.sessionId().toString())
                        .append("cohortId", prompts.cohortId().toString())
                        .append("prompts", list).append("version", prompts.version()));
        }
        return collection.updateOne(Filters.and(Filters.eq("_id", prompts.sessionId().toString()),
                        Filters.eq("version", prompts.version() - 1)),
                Updates.combine(Updates.set("prompts", list), Updates.set("version", prompts.version())))
                .getMatchedCount() == 1;
    }
}
