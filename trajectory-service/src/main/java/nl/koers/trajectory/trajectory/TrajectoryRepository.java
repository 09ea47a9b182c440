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
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.web.PageView;
import nl.koers.trajectory.trajectory.persistence.AgendaDocuments;
import org.bson.Document;
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
                .append(Outbox.FIELD, Outbox.entries(trajectory.pendingEvents())));
        outboxRelay.publishSoon(COLLECTION, trajectory.id().toString());
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
    public PageView<Trajectory> page(int page, int size) {
        long total = collection.countDocuments();
        List<Trajectory> items = collection.find()
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
                d.getList("coalitionIds", String.class, List.of()), createdAt, d.getString("createdBy"), blueprint);
    }

    private static Document blueprint(SessionBlueprint b) {
        return new Document("title", b.title()).append("theme", b.theme()).append("agenda", AgendaDocuments.write(b.agenda()));
    }
}
