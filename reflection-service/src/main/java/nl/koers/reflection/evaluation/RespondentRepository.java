package nl.koers.reflection.evaluation;

import java.util.UUID;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
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
        try {
            collection.insertOne(new Document("_id", key(cohortId, participantId)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void unmark(UUID cohortId, String participantId) {
        collection.deleteOne(Filters.eq("_id", key(cohortId, participantId)));
    }

    private static String key(UUID cohortId, String participantId) {
        return cohortId + "/" + participantId;
    }
}
