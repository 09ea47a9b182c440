package nl.koers.trajectory.question;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.web.PageView;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Development questions as MongoDB documents in {@code development_questions}, revisions embedded in order.
 * A change is one update, filtered on the version read, that sets the state and pushes its events into
 * {@code outbox}. Listing translates the visibility rule of {@link DevelopmentQuestion#readableBy} into a
 * query, so a page only ever holds what the reader may read.
 */
@Repository
class DevelopmentQuestionRepository implements DevelopmentQuestions {

    static final String COLLECTION = "development_questions";

    private final MongoCollection<Document> collection;
    private final OutboxRelay outboxRelay;

    DevelopmentQuestionRepository(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        this.outboxRelay = outboxRelay;
        collection.createIndex(Indexes.ascending("participantId", "createdAt"));
        collection.createIndex(Indexes.ascending("cohortId", "visibility"));
    }

    @Override
    public void add(DevelopmentQuestion question) {
        collection.insertOne(new Document("_id", question.id().toString())
                .append("cohortId", question.cohortId().toString())
                .append("participantId", question.participantId())
                .append("visibility", question.visibility().name())
                .append("revisions", question.revisions().stream().map(DevelopmentQuestionRepository::revision).toList())
                .append("createdAt", Date.from(question.createdAt()))
                .append("version", question.version())
                .append(Outbox.FIELD, Outbox.entries(question.pendingEvents())));
        outboxRelay.publishSoon(COLLECTION, question.id().toString());
    }

    @Override
    public boolean update(DevelopmentQuestion question, long expectedVersion) {
        Bson update = Updates.combine(
                Updates.set("visibility", question.visibility().name()),
                Updates.set("revisions", question.revisions().stream().map(DevelopmentQuestionRepository::revision).toList()),
                Updates.set("version", question.version()),
                Updates.pushEach(Outbox.FIELD, Outbox.entries(question.pendingEvents())));
        boolean matched = collection.updateOne(
                Filters.and(Filters.eq("_id", question.id().toString()), Filters.eq("version", expectedVersion)),
                update).getMatchedCount() == 1;
        if (matched) {
            outboxRelay.publishSoon(COLLECTION, question.id().toString());
        }
        return matched;
    }

    @Override
    public Optional<DevelopmentQuestion> find(UUID id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id.toString())).first())
                .map(DevelopmentQuestionRepository::toQuestion);
    }

    @Override
    public PageView<DevelopmentQuestion> readableBy(QuestionReader reader, UUID cohortId, int page, int size) {
        Bson readable = Filters.or(
                Filters.eq("participantId", reader.userId()),
                Filters.and(Filters.in("cohortId", ids(reader.facilitatedCohorts())),
                        Filters.in("visibility", Visibility.FACILITATORS.name(), Visibility.COHORT.name())),
                Filters.and(Filters.in("cohortId", ids(reader.confirmedCohorts())),
                        Filters.eq("visibility", Visibility.COHORT.name())));
        Bson filter = cohortId == null ? readable : Filters.and(Filters.eq("cohortId", cohortId.toString()), readable);
        long total = collection.countDocuments(filter);
        List<DevelopmentQuestion> items = collection.find(filter)
                .sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id")))
                .skip(page * size).limit(size)
                .map(DevelopmentQuestionRepository::toQuestion).into(new ArrayList<>());
        return PageView.of(items, page, size, total);
    }

    @Override
    public List<DevelopmentQuestion> ownedBy(String participantId) {
        return collection.find(Filters.eq("participantId", participantId))
                .sort(Sorts.orderBy(Sorts.ascending("createdAt"), Sorts.ascending("_id")))
                .map(DevelopmentQuestionRepository::toQuestion).into(new ArrayList<>());
    }

    @Override
    public List<UUID> idsOwnedBy(String participantId) {
        return idsWhere(Filters.eq("participantId", participantId));
    }

    @Override
    public List<UUID> idsOfCohort(UUID cohortId) {
        return idsWhere(Filters.eq("cohortId", cohortId.toString()));
    }

    @Override
    public void deleteAll(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            collection.deleteMany(Filters.in("_id", ids.stream().map(UUID::toString).toList()));
        }
    }

    private List<UUID> idsWhere(Bson filter) {
        return collection.find(filter).projection(new Document("_id", 1))
                .map(d -> UUID.fromString(d.getString("_id"))).into(new ArrayList<>());
    }

    private static List<String> ids(java.util.Set<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    private static Document revision(Revision r) {
        return new Document("number", r.number()).append("text", r.text()).append("scope", r.scope().name())
                .append("sessionId", r.sessionId() == null ? null : r.sessionId().toString())
                .append("note", r.note()).append("createdAt", Date.from(r.createdAt()));
    }

    private static DevelopmentQuestion toQuestion(Document d) {
        List<Revision> revisions = d.getList("revisions", Document.class, List.of()).stream()
                .map(r -> new Revision(r.getInteger("number"), r.getString("text"),
                        QuestionScope.valueOf(r.getString("scope")),
                        r.getString("sessionId") == null ? null : UUID.fromString(r.getString("sessionId")),
                        r.getString("note"), r.getDate("createdAt").toInstant())).toList();
        return DevelopmentQuestion.restore(UUID.fromString(d.getString("_id")), UUID.fromString(d.getString("cohortId")),
                d.getString("participantId"), Visibility.valueOf(d.getString("visibility")), revisions,
                d.get("version", Number.class).longValue());
    }
}
