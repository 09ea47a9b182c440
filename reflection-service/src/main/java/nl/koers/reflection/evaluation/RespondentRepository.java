package nl.koers.reflection.evaluation;

import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import nl.koers.defaults.persistence.MongoWrites;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Markers in {@code evaluation_respondents}: only an {@code _id} of cohort and participant, whose uniqueness
 * makes "once per participant" hold under concurrent submissions. No time, no reference to a response.
 */
@Repository
class RespondentRepository implements Respondents {

    private final MongoCollection<Document> collection;

    RespondentRepository(MongoTemplate mongo) {
        this.collection = mongo.getCollection("evaluation_respondents");
    }

    @Override
    public boolean mark(UUID cohortId, String participantId) {
        return MongoWrites.insertIfAbsent(collection, new Document("_id", key(cohortId, participantId)));
    }

    @Override
    public void unmark(UUID cohortId, String participantId) {
        collection.deleteOne(Filters.eq("_id", key(cohortId, participantId)));
    }

    private static String key(UUID cohortId, String participantId) {
        return cohortId + "/" + participantId;
    }
}
