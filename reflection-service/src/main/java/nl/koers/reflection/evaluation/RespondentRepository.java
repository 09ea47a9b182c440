package nl.koers.reflection.evaluation;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import nl.koers.defaults.persistence.MongoWrites;
import org.bson.Document;
import org.bson.conversions.Bson;
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

    @Override
    public Set<UUID> cohortsEvaluatedBy(String participantId) {
        Set<UUID> cohorts = new HashSet<>();
        for (Document marker : collection.find(ofParticipant(participantId))) {
            String id = marker.getString("_id");
            cohorts.add(UUID.fromString(id.substring(0, id.indexOf('/'))));
        }
        return cohorts;
    }

    @Override
    public void forget(String participantId) {
        collection.deleteMany(ofParticipant(participantId));
    }

    @Override
    public void forgetIn(UUID cohortId) {
        collection.deleteMany(Filters.regex("_id", "^" + Pattern.quote(cohortId + "/")));
    }

    /** The marker's only field is its key, so the participant is found by the part after the cohort id. */
    private static Bson ofParticipant(String participantId) {
        return Filters.regex("_id", "^[0-9a-f-]{36}/" + Pattern.quote(participantId) + "$");
    }

    private static String key(UUID cohortId, String participantId) {
        return cohortId + "/" + participantId;
    }
}
