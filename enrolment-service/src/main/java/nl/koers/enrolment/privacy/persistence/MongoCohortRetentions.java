package nl.koers.enrolment.privacy.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.persistence.MongoWrites;
import nl.koers.enrolment.privacy.CohortRetention;
import nl.koers.enrolment.privacy.CohortRetentions;
import nl.koers.events.DomainEvent;
import nl.koers.events.Topics;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** One document per expired cohort, {@code _id} the cohort's id, with the outbox of its last step. */
@Repository
class MongoCohortRetentions implements CohortRetentions {

    static final String COLLECTION = "cohort_retentions";

    private final MongoCollection<Document> collection;

    MongoCohortRetentions(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
    }

    @Override
    public String collection() {
        return COLLECTION;
    }

    @Override
    public Optional<CohortRetention> find(UUID cohortId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", cohortId.toString())).first())
                .map(d -> new CohortRetention(cohortId, "DONE".equals(d.getString("status")),
                        d.getList("participants", String.class, List.of())));
    }

    @Override
    public boolean start(CohortRetention retention) {
        return MongoWrites.insertIfAbsent(collection, new Document("_id", retention.cohortId().toString())
                .append("status", "PENDING").append("participants", retention.participants()));
    }

    @Override
    public boolean finish(UUID cohortId, List<String> deletedProfiles, List<DomainEvent> events) {
        List<Document> outbox = new ArrayList<>(Outbox.entries(events));
        deletedProfiles.forEach(id -> outbox.addAll(Outbox.tombstones(Topics.ENROLMENT_PARTICIPANTS, id)));
        return collection.updateOne(Filters.and(Filters.eq("_id", cohortId.toString()), Filters.eq("status", "PENDING")),
                Updates.combine(Updates.set("status", "DONE"), Updates.unset("participants"),
                        Updates.pushEach(Outbox.FIELD, outbox))).getMatchedCount() == 1;
    }
}
