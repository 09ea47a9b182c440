package nl.koers.trajectory.trajectory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.regex.Pattern;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.web.PageView;
import nl.koers.trajectory.trajectory.persistence.AgendaDocuments;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/** Trajectories as MongoDB documents in {@code trajectories}, each carrying its unsent events in {@code outbox}. */
@Repository
class TrajectoryRepository implements Trajectories {

    static final String COLLECTION = "trajectories";

    private final MongoCollection<Document> collection;
    private final OutboxRelay outboxRelay;

    TrajectoryRepository(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        this.outboxRelay = outboxRelay;
    }

    @Override
    public void add(Trajectory trajectory) {
        collection.insertOne(new Document("_id", trajectory.id().toString())
                .append("title", trajectory.title())
                .append("description", trajectory.description())
                .append("organiser", trajectory.organiser())
                .append("coalitionIds", trajectory.coalitionIds())
                .append("createdAt", Date.from(trajectory.createdAt()))
                .append("createdBy", trajectory.createdBy())
                .append("sessionBlueprint", trajectory.sessionBlueprint().stream()
                        .map(TrajectoryRepository::blueprint).toList())
                .append("retentionMonths", trajectory.retentionMonths())
                .append("version", trajectory.version())
                .append(Outbox.FIELD, Outbox.entries(trajectory.pendingEvents())));
        outboxRelay.publishSoon(COLLECTION, trajectory.id().toString());
    }

    @Override
    public boolean update(Trajectory trajectory, long expectedVersion) {
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.set("title", trajectory.title()),
                Updates.set("description", trajectory.description()),
                Updates.set("organiser", trajectory.organiser()),
                Updates.set("coalitionIds", trajectory.coalitionIds()),
                Updates.set("sessionBlueprint", trajectory.sessionBlueprint().stream()
                        .map(TrajectoryRepository::blueprint).toList()),
                Updates.set("retentionMonths", trajectory.retentionMonths()),
                Updates.set("version", trajectory.version())));
        if (!trajectory.pendingEvents().isEmpty()) {
            changes.add(Updates.pushEach(Outbox.FIELD, Outbox.entries(trajectory.pendingEvents())));
        }
        // Trajectories stored before versions existed have none: they count as version 1.
        Bson atVersion = expectedVersion == 1
                ? Filters.or(Filters.eq("version", 1L), Filters.exists("version", false))
                : Filters.eq("version", expectedVersion);
        boolean matched = collection.updateOne(Filters.and(Filters.eq("_id", trajectory.id().toString()), atVersion),
                Updates.combine(changes)).getMatchedCount() == 1;
        if (matched && !trajectory.pendingEvents().isEmpty()) {
            outboxRelay.publishSoon(COLLECTION, trajectory.id().toString());
        }
        return matched;
    }

    @Override
    public Optional<Trajectory> find(UUID id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id.toString())).first())
                .map(TrajectoryRepository::toTrajectory);
    }

    @Override
    public boolean exists(UUID id) {
        return collection.countDocuments(Filters.eq("_id", id.toString())) > 0;
    }

    @Override
    public Map<UUID, Trajectory> findAll(Collection<UUID> ids) {
        Map<UUID, Trajectory> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        // {_id: {$in: [...]}} and nothing else: the form the local mongo-server answers from its index.
        collection.find(Filters.in("_id", ids.stream().map(UUID::toString).distinct().toList()))
                .map(TrajectoryRepository::toTrajectory).forEach(t -> found.put(t.id(), t));
        return found;
    }

    @Override
    public PageView<Trajectory> page(TrajectoryFilter filter, int page, int size) {
        List<Bson> conditions = new ArrayList<>();
        if (filter.titleContains() != null) {
            // A literal match: what a person types is quoted, never read as a pattern.
            conditions.add(Filters.regex("title", Pattern.quote(filter.titleContains()), "i"));
        }
        if (filter.coalitionId() != null) {
            conditions.add(Filters.eq("coalitionIds", filter.coalitionId()));
        }
        Bson query = conditions.isEmpty() ? new Document() : Filters.and(conditions);
        long total = collection.countDocuments(query);
        List<Trajectory> items = collection.find(query)
                .sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id")))
                .skip(page * size).limit(size)
                .map(TrajectoryRepository::toTrajectory).into(new ArrayList<>());
        return PageView.of(items, page, size, total);
    }

    private static Trajectory toTrajectory(Document d) {
        Instant createdAt = d.getDate("createdAt").toInstant();
        List<SessionBlueprint> blueprint = d.getList("sessionBlueprint", Document.class, List.of()).stream()
                .map(b -> new SessionBlueprint(b.getString("title"), b.getString("theme"),
                        AgendaDocuments.read(b.getList("agenda", Document.class, List.of())))).toList();
        return Trajectory.restore(UUID.fromString(d.getString("_id")), d.getString("title"),
                d.getString("description"), d.getString("organiser"),
                d.getList("coalitionIds", String.class, List.of()), createdAt, d.getString("createdBy"), blueprint,
                d.getInteger("retentionMonths"), d.get("version", 1L));
    }

    private static Document blueprint(SessionBlueprint b) {
        return new Document("title", b.title()).append("theme", b.theme()).append("agenda", AgendaDocuments.write(b.agenda()));
    }
}
