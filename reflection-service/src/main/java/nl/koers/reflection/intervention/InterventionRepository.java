package nl.koers.reflection.intervention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.reflection.membership.Visibility;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Interventions as documents in {@code interventions}. A change is one update that sets the new state,
 * bumps {@code version} and pushes its events into {@code outbox}, filtered on the version it was read at.
 * {@code ownerIds} holds the planner and the work group, so one indexed match finds what someone owns.
 */
@Repository
class InterventionRepository implements Interventions {

    static final String COLLECTION = "interventions";
    private static final int REPLACE_ROUNDS = 10;

    private final MongoCollection<Document> collection;
    private final OutboxRelay outboxRelay;

    InterventionRepository(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        this.outboxRelay = outboxRelay;
        collection.createIndex(Indexes.ascending("cohortId", "updatedAt"));
        collection.createIndex(Indexes.ascending("ownerIds"));
    }

    @Override
    public void add(Intervention intervention) {
        Document document = new Document("_id", intervention.id().toString())
                .append("cohortId", intervention.cohortId().toString())
                .append("ownerId", intervention.ownerId())
                .append("createdAt", Date.from(intervention.createdAt()))
                .append(Outbox.FIELD, Outbox.entries(intervention.pendingEvents()));
        state(intervention).forEach(document::append);
        collection.insertOne(document);
        outboxRelay.publishSoon(COLLECTION, intervention.id().toString());
    }

    @Override
    public boolean update(Intervention intervention, long expectedVersion) {
        List<Bson> updates = new ArrayList<>();
        state(intervention).forEach((field, value) -> updates.add(Updates.set(field, value)));
        if (!intervention.pendingEvents().isEmpty()) {
            updates.add(Updates.pushEach(Outbox.FIELD, Outbox.entries(intervention.pendingEvents())));
        }
        boolean matched = collection.updateOne(Filters.and(Filters.eq("_id", intervention.id().toString()),
                Filters.eq("version", expectedVersion)), Updates.combine(updates)).getMatchedCount() == 1;
        if (matched && !intervention.pendingEvents().isEmpty()) {
            outboxRelay.publishSoon(COLLECTION, intervention.id().toString());
        }
        return matched;
    }

    @Override
    public Optional<Intervention> find(UUID id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id.toString())).first())
                .map(InterventionRepository::toIntervention);
    }

    @Override
    public PageView<Intervention> visibleIn(UUID cohortId, String userId, Set<Visibility> shared, Paging paging) {
        Bson readable = shared.isEmpty() ? Filters.eq("ownerIds", userId)
                : Filters.or(Filters.eq("ownerIds", userId),
                        Filters.in("visibility", shared.stream().map(Enum::name).toList()));
        Bson filter = Filters.and(Filters.eq("cohortId", cohortId.toString()), readable);
        long total = collection.countDocuments(filter);
        List<Intervention> items = collection.find(filter).sort(Sorts.descending("updatedAt", "_id"))
                .skip(paging.offset()).limit(paging.size()).map(InterventionRepository::toIntervention).into(new ArrayList<>());
        return PageView.of(items, paging, total);
    }

    @Override
    public List<Intervention> allOwnedBy(String userId) {
        return collection.find(Filters.eq("ownerIds", userId)).sort(Sorts.ascending("createdAt", "_id"))
                .map(InterventionRepository::toIntervention).into(new ArrayList<>());
    }

    @Override
    public List<UUID> plannedBy(String userId) {
        return ids(Filters.eq("ownerId", userId));
    }

    @Override
    public List<UUID> in(UUID cohortId) {
        return ids(Filters.eq("cohortId", cohortId.toString()));
    }

    @Override
    public void delete(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            collection.deleteMany(Filters.in("_id", ids.stream().map(UUID::toString).toList()));
        }
    }

    @Override
    public void handOverFrom(String userId) {
        // Under each group's version, as replaceCoOwner: a revision at the same moment is read again next round.
        for (int round = 0; round < REPLACE_ROUNDS; round++) {
            List<Document> groups = collection.find(Filters.and(Filters.eq("ownerId", userId),
                    Filters.exists("coOwnerIds.0"))).into(new ArrayList<>());
            if (groups.isEmpty()) {
                return;
            }
            for (Document group : groups) {
                long version = group.get("version", Number.class).longValue();
                List<String> coOwners = group.getList("coOwnerIds", String.class);
                String next = coOwners.getFirst();
                List<String> remaining = coOwners.subList(1, coOwners.size());
                List<String> owners = new ArrayList<>(List.of(next));
                owners.addAll(remaining);
                collection.updateOne(Filters.and(Filters.eq("_id", group.get("_id")), Filters.eq("version", version)),
                        Updates.combine(Updates.set("ownerId", next), Updates.set("coOwnerIds", List.copyOf(remaining)),
                                Updates.set("ownerIds", owners), Updates.set("version", version + 1)));
            }
        }
        throw new IllegalStateException("Work groups kept changing while their planner was erased; retried.");
    }

    @Override
    public void replaceCoOwner(String userId, String formerId) {
        // Each work group is changed under its version, so an owner's revision at the same moment is not lost; one
        // that lost the race is read again on the next round.
        for (int round = 0; round < REPLACE_ROUNDS; round++) {
            List<Document> groups = collection.find(Filters.eq("coOwnerIds", userId)).into(new ArrayList<>());
            if (groups.isEmpty()) {
                return;
            }
            for (Document group : groups) {
                long version = group.get("version", Number.class).longValue();
                collection.updateOne(Filters.and(Filters.eq("_id", group.get("_id")), Filters.eq("version", version)),
                        Updates.combine(
                                Updates.set("coOwnerIds", replaced(group.getList("coOwnerIds", String.class), userId, formerId)),
                                Updates.set("ownerIds", replaced(group.getList("ownerIds", String.class), userId, formerId)),
                                Updates.set("version", version + 1)));
            }
        }
        // Never the participant's id in a message that ends up in a log.
        throw new IllegalStateException("Work groups kept changing while a co-owner was anonymised; retried.");
    }

    private List<UUID> ids(Bson filter) {
        return collection.find(filter).projection(Projections.include("_id"))
                .map(d -> UUID.fromString(d.getString("_id"))).into(new ArrayList<>());
    }

    private static List<String> replaced(List<String> ids, String userId, String formerId) {
        return ids.stream().map(id -> id.equals(userId) ? formerId : id).toList();
    }

    private static Document state(Intervention i) {
        InterventionPlan p = i.plan();
        List<Document> steps = p.steps().stream().map(s -> new Document("description", s.description())
                .append("who", s.who())
                .append("dueDate", s.dueDate() == null ? null : s.dueDate().toString())
                .append("status", s.status().name())).toList();
        return new Document("coOwnerIds", List.copyOf(i.coOwnerIds()))
                .append("ownerIds", List.copyOf(i.owners()))
                .append("kind", p.kind().name())
                .append("title", p.title())
                .append("goal", p.goal())
                .append("steps", steps)
                .append("visibility", p.visibility().name())
                .append("developmentQuestionId", p.developmentQuestionId() == null ? null : p.developmentQuestionId().toString())
                .append("caseId", p.caseId() == null ? null : p.caseId().toString())
                .append("status", i.status().name())
                .append("experience", i.experience())
                .append("nextSteps", i.nextSteps())
                .append("updatedAt", Date.from(i.updatedAt()))
                .append("version", i.version());
    }

    private static Intervention toIntervention(Document d) {
        List<Step> steps = d.getList("steps", Document.class, List.of()).stream()
                .map(s -> new Step(s.getString("description"), s.getString("who"),
                        s.getString("dueDate") == null ? null : LocalDate.parse(s.getString("dueDate")),
                        StepStatus.valueOf(s.getString("status"))))
                .toList();
        InterventionPlan plan = new InterventionPlan(InterventionKind.valueOf(d.getString("kind")), d.getString("title"),
                d.getString("goal"), steps, Visibility.valueOf(d.getString("visibility")),
                uuid(d.getString("developmentQuestionId")), uuid(d.getString("caseId")));
        return Intervention.restore(UUID.fromString(d.getString("_id")), UUID.fromString(d.getString("cohortId")),
                d.getString("ownerId"), new HashSet<>(d.getList("coOwnerIds", String.class, List.of())), plan,
                InterventionStatus.valueOf(d.getString("status")), d.getString("experience"), d.getString("nextSteps"),
                instant(d.getDate("createdAt")), instant(d.getDate("updatedAt")), d.get("version", Number.class).longValue());
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
