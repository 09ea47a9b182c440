package nl.koers.reflection.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * One document per cohort in {@code evaluations}: its responses (no identity, no time) and the outbox. A new
 * response is one update that sets the reshuffled list and pushes its event, filtered on the version read.
 */
@Repository
class CohortEvaluationRepository implements CohortEvaluations {

    static final String COLLECTION = "evaluations";

    private final MongoCollection<Document> collection;
    private final OutboxRelay outboxRelay;

    CohortEvaluationRepository(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        this.outboxRelay = outboxRelay;
    }

    @Override
    public Optional<CohortEvaluation> find(UUID cohortId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", cohortId.toString())).first())
                .map(CohortEvaluationRepository::toEvaluation);
    }

    @Override
    public boolean save(CohortEvaluation evaluation) {
        List<Document> responses = evaluation.responses().stream().map(CohortEvaluationRepository::toDocument).toList();
        List<Document> events = Outbox.entries(evaluation.pendingEvents());
        String id = evaluation.cohortId().toString();
        boolean stored;
        if (evaluation.version() == 1) {
            stored = insert(new Document("_id", id)
                    .append("trajectoryId", evaluation.trajectoryId() == null ? null : evaluation.trajectoryId().toString())
                    .append("responses", responses).append("version", evaluation.version())
                    .append(Outbox.FIELD, events));
        } else {
            stored = collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("version", evaluation.version() - 1)),
                    Updates.combine(Updates.set("responses", responses), Updates.set("version", evaluation.version()),
                            Updates.pushEach(Outbox.FIELD, events))).getMatchedCount() == 1;
        }
        if (stored) {
            outboxRelay.publishSoon(COLLECTION, id);
        }
        return stored;
    }

    private boolean insert(Document document) {
        return MongoWrites.insertIfAbsent(collection, document);
    }

    private static Document toDocument(EvaluationResponse response) {
        List<Document> ratings = response.ratings().entrySet().stream()
                .map(r -> new Document("item", r.getKey()).append("rating", r.getValue())).toList();
        return new Document("ratings", ratings).append("comment", response.comment());
    }

    private static CohortEvaluation toEvaluation(Document d) {
        List<EvaluationResponse> responses = d.getList("responses", Document.class, List.of()).stream().map(r -> {
            Map<String, Integer> ratings = new LinkedHashMap<>();
            r.getList("ratings", Document.class, List.of())
                    .forEach(x -> ratings.put(x.getString("item"), x.get("rating", Number.class).intValue()));
            return new EvaluationResponse(ratings, r.getString("comment"));
        }).toList();
        String trajectoryId = d.getString("trajectoryId");
        return CohortEvaluation.restore(UUID.fromString(d.getString("_id")),
                trajectoryId == null ? null : UUID.fromString(trajectoryId), responses,
                d.get("version", Number.class).longValue());
    }
}
