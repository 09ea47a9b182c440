package nl.koers.reflection.casus;

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

/** One document per cohort in {@code cohort_roles}, replaced whole under a version check. */
@Repository
class RoleFanRepository implements RoleFans {

    private final MongoCollection<Document> collection;

    RoleFanRepository(MongoTemplate mongo) {
        this.collection = mongo.getCollection("cohort_roles");
    }

    @Override
    public Optional<CohortRoles> find(UUID cohortId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", cohortId.toString())).first())
                .map(d -> new CohortRoles(cohortId, d.getList("roles", Document.class, List.of()).stream()
                        .map(r -> new FanRole(r.getString("key"), r.getString("label"))).toList(),
                        d.get("version", Number.class).longValue()));
    }

    @Override
    public boolean save(CohortRoles roles) {
        List<Document> list = roles.roles().stream()
                .map(r -> new Document("key", r.key()).append("label", r.label())).toList();
        if (roles.version() == 1) {
            return MongoWrites.insertIfAbsent(collection, new Document("_id", roles.cohortId().toString())
                        .append("roles", list).append("version", roles.version()));
        }
        return collection.updateOne(Filters.and(Filters.eq("_id", roles.cohortId().toString()),
                        Filters.eq("version", roles.version() - 1)),
                Updates.combine(Updates.set("roles", list), Updates.set("version", roles.version())))
                .getMatchedCount() == 1;
    }
}
