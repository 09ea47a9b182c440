package nl.koers.reflection.evaluation;

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

/** One document per trajectory in {@code evaluation_forms}, replaced whole under a version check. */
@Repository
class EvaluationFormRepository implements EvaluationForms {

    private final MongoCollection<Document> collection;

    EvaluationFormRepository(MongoTemplate mongo) {
        this.collection = mongo.getCollection("evaluation_forms");
    }

    @Override
    public Optional<EvaluationForm> find(UUID trajectoryId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", trajectoryId.toString())).first())
                .map(d -> new EvaluationForm(trajectoryId, d.getList("items", Document.class, List.of()).stream()
                        .map(i -> new EvaluationItem(i.getString("key"), i.getString("label"))).toList(),
                        d.get("version", Number.class).longValue()));
    }

    @Override
    public boolean save(EvaluationForm form) {
        List<Document> items = form.items().stream()
                .map(i -> new Document("key", i.key()).append("label", i.label())).toList();
        if (form.version() == 1) {
            return MongoWrites.insertIfAbsent(collection, new Document("_id", form.trajectoryId().toString())
                        .append("items", items).append("version", form.version()));
        }
        return collection.updateOne(Filters.and(Filters.eq("_id", form.trajectoryId().toString()),
                        Filters.eq("version", form.version() - 1)),
                Updates.combine(Updates.set("items", items), Updates.set("version", form.version())))
                .getMatchedCount() == 1;
    }
}
