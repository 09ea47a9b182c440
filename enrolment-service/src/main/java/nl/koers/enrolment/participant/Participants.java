package nl.koers.enrolment.participant;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.persistence.MongoWrites;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** One document per participant, keyed by their user id; each change carries its event in the outbox. */
@Repository
class Participants {

    static final String COLLECTION = "participants";

    private final MongoCollection<Document> collection;

    Participants(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
    }

    Optional<ParticipantProfile> find(String participantId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", participantId)).first())
                .map(Participants::toProfile);
    }

    List<ParticipantProfile> findAll(java.util.Collection<String> participantIds) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        // {_id: {$in: [...]}} and nothing else: the form the local mongo-server answers from its index.
        return collection.find(Filters.in("_id", List.copyOf(participantIds))).map(Participants::toProfile)
                .into(new java.util.ArrayList<>());
    }

    /** Stores a first profile; false if one was stored meanwhile. */
    boolean insert(ParticipantProfile profile) {
        return MongoWrites.insertIfAbsent(collection, state(profile).append("_id", profile.participantId())
                    .append(Outbox.FIELD, Outbox.entries(List.of(profile.updated()))));
    }

    /** Stores a change if the stored profile is still the one before it; false otherwise. */
    boolean save(ParticipantProfile changed) {
        List<org.bson.conversions.Bson> updates = new java.util.ArrayList<>();
        state(changed).forEach((field, value) -> updates.add(Updates.set(field, value)));
        updates.add(Updates.pushEach(Outbox.FIELD, Outbox.entries(List.of(changed.updated()))));
        return collection.updateOne(Filters.and(Filters.eq("_id", changed.participantId()),
                Filters.eq("version", changed.version() - 1)), Updates.combine(updates)).getMatchedCount() == 1;
    }

    boolean delete(String participantId) {
        return collection.deleteOne(Filters.eq("_id", participantId)).getDeletedCount() == 1;
    }

    private static Document state(ParticipantProfile profile) {
        return new Document("displayName", profile.displayName())
                .append("email", profile.email())
                .append("institution", profile.institution())
                .append("sector", profile.sector().name())
                .append("function", profile.function())
                .append("version", profile.version())
                .append("updatedAt", Date.from(profile.updatedAt()));
    }

    private static ParticipantProfile toProfile(Document d) {
        return new ParticipantProfile(d.getString("_id"), d.getString("displayName"), d.getString("email"),
                d.getString("institution"), Sector.valueOf(d.getString("sector")), d.getString("function"),
                d.getLong("version"), d.getDate("updatedAt").toInstant());
    }
}
