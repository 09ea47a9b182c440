package nl.koers.enrolment.privacy.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.persistence.MongoWrites;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.enrolment.privacy.Erasure;
import nl.koers.enrolment.privacy.ErasurePart;
import nl.koers.enrolment.privacy.Erasures;
import nl.koers.events.Topics;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * One document per erasure request, with its outbox. {@code pendingFor} holds the participant's digest while the
 * request is pending and is removed when it completes; a unique sparse index on it makes "one pending request per
 * participant" hold under concurrent requests without a transaction.
 */
@Repository
class MongoErasures implements Erasures {

    static final String COLLECTION = "erasures";

    private final MongoCollection<Document> collection;

    MongoErasures(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        collection.createIndex(Indexes.ascending("pendingFor"), new IndexOptions().unique(true).sparse(true));
        collection.createIndex(Indexes.ascending("participantDigest"));
    }

    @Override
    public String collection() {
        return COLLECTION;
    }

    @Override
    public Optional<Erasure> find(UUID id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id.toString())).first()).map(MongoErasures::toErasure);
    }

    @Override
    public Optional<Erasure> pendingFor(String participantDigest) {
        return Optional.ofNullable(collection.find(Filters.eq("pendingFor", participantDigest)).first())
                .map(MongoErasures::toErasure);
    }

    @Override
    public Optional<Erasure> latestFor(String participantDigest) {
        return allFor(participantDigest).stream().findFirst();
    }

    @Override
    public List<Erasure> allFor(String participantDigest) {
        return collection.find(Filters.eq("participantDigest", participantDigest)).sort(newestFirst())
                .map(MongoErasures::toErasure).into(new ArrayList<>());
    }

    @Override
    public boolean insert(Erasure erasure) {
        Document document = state(erasure).append("_id", erasure.id().toString())
                .append("participantDigest", erasure.participantDigest())
                .append("requestedAt", Date.from(erasure.requestedAt()))
                .append("requestedBy", erasure.requestedBy().name())
                .append("pendingFor", erasure.participantDigest())
                .append(Outbox.FIELD, Outbox.entries(erasure.pendingEvents()));
        return MongoWrites.insertIfAbsent(collection, document);
    }

    @Override
    public boolean save(Erasure erasure) {
        List<Bson> updates = new ArrayList<>();
        state(erasure).forEach((field, value) -> updates.add(Updates.set(field, value)));
        if (erasure.participantId().isEmpty()) {
            updates.add(Updates.unset("participantId"));
        }
        if (erasure.formerParticipantId().isEmpty()) {
            updates.add(Updates.unset("formerParticipantId"));
        }
        if (erasure.status() == Erasure.Status.COMPLETED) {
            updates.add(Updates.unset("pendingFor"));
        }
        List<Document> outbox = new ArrayList<>(Outbox.entries(erasure.pendingEvents()));
        erasure.profileTombstones().forEach(id -> outbox.addAll(Outbox.tombstones(Topics.ENROLMENT_PARTICIPANTS, id)));
        if (!outbox.isEmpty()) {
            updates.add(Updates.pushEach(Outbox.FIELD, outbox));
        }
        return collection.updateOne(Filters.and(Filters.eq("_id", erasure.id().toString()),
                Filters.eq("version", erasure.version())), Updates.combine(updates)).getMatchedCount() == 1;
    }

    @Override
    public PageView<Erasure> page(Optional<String> participantDigest, Optional<Erasure.Status> status, Paging paging) {
        List<Bson> filters = new ArrayList<>();
        participantDigest.ifPresent(digest -> filters.add(Filters.eq("participantDigest", digest)));
        status.ifPresent(s -> filters.add(Filters.eq("status", s.name())));
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        long total = collection.countDocuments(filter);
        List<Erasure> items = collection.find(filter).sort(newestFirst()).skip(paging.offset()).limit(paging.size())
                .map(MongoErasures::toErasure).into(new ArrayList<>());
        return PageView.of(items, paging, total);
    }

    private static Bson newestFirst() {
        return Sorts.orderBy(Sorts.descending("requestedAt"), Sorts.descending("_id"));
    }

    /** What a change may touch; the participant's ids are only ever set here, never added back once removed. */
    private static Document state(Erasure erasure) {
        Document state = new Document("status", erasure.status().name())
                .append("completedAt", erasure.completedAt() == null ? null : Date.from(erasure.completedAt()))
                .append("parts", erasure.parts().stream().map(p -> new Document("part", p.part().code())
                        .append("status", p.status().name())
                        .append("erasedAt", p.erasedAt() == null ? null : Date.from(p.erasedAt()))).toList())
                .append("version", erasure.version() + 1);
        erasure.participantId().ifPresent(id -> state.append("participantId", id));
        erasure.formerParticipantId().ifPresent(id -> state.append("formerParticipantId", id));
        return state;
    }

    private static Erasure toErasure(Document d) {
        List<Erasure.Part> parts = d.getList("parts", Document.class, List.of()).stream()
                .map(p -> new Erasure.Part(ErasurePart.of(p.getString("part")),
                        Erasure.PartStatus.valueOf(p.getString("status")), instant(p.getDate("erasedAt"))))
                .toList();
        return Erasure.restore(UUID.fromString(d.getString("_id")), d.getString("participantDigest"),
                d.getString("participantId"), d.getString("formerParticipantId"), instant(d.getDate("requestedAt")),
                Erasure.Requester.valueOf(d.getString("requestedBy")), Erasure.Status.valueOf(d.getString("status")),
                instant(d.getDate("completedAt")), parts, ((Number) d.get("version")).longValue());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
