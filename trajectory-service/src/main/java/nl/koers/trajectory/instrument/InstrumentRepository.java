package nl.koers.trajectory.instrument;

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
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.web.PageView;
import nl.koers.events.DomainEvent;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Instruments as MongoDB documents in {@code instruments}, their cards and steps embedded, with the events of
 * their creation (the audit entry) in {@code outbox} until they are sent.
 */
@Repository
class InstrumentRepository implements Instruments {

    static final String COLLECTION = "instruments";

    private final MongoCollection<Document> collection;
    private final OutboxRelay outboxRelay;

    InstrumentRepository(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        this.outboxRelay = outboxRelay;
    }

    @Override
    public void add(Instrument instrument, List<? extends DomainEvent> events) {
        collection.insertOne(new Document("_id", instrument.id().toString())
                .append("kind", instrument.kind().name())
                .append("title", instrument.title())
                .append("description", instrument.description())
                .append("cards", instrument.cards().stream().map(InstrumentRepository::card).toList())
                .append("steps", instrument.steps().stream().map(s -> new Document("title", s.title())
                        .append("purpose", s.purpose())
                        .append("cards", s.cards().stream().map(InstrumentRepository::card).toList())).toList())
                .append("createdBy", instrument.createdBy())
                .append("createdAt", Date.from(instrument.createdAt()))
                .append(Outbox.FIELD, Outbox.entries(events)));
        outboxRelay.publishSoon(COLLECTION, instrument.id().toString());
    }

    @Override
    public Optional<Instrument> find(UUID id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id.toString())).first())
                .map(InstrumentRepository::toInstrument);
    }

    @Override
    public Set<UUID> unknown(Collection<UUID> ids) {
        Set<UUID> missing = new HashSet<>(ids);
        collection.find(Filters.in("_id", ids.stream().map(UUID::toString).toList()))
                .projection(Projections.include("_id"))
                .forEach(d -> missing.remove(UUID.fromString(d.getString("_id"))));
        return missing;
    }

    @Override
    public PageView<Instrument> page(int page, int size) {
        long total = collection.countDocuments();
        List<Instrument> items = collection.find()
                .sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id")))
                .skip(page * size).limit(size)
                .map(InstrumentRepository::toInstrument).into(new ArrayList<>());
        return PageView.of(items, page, size, total);
    }

    private static Document card(Card card) {
        return new Document("question", card.question()).append("suggestions", card.suggestions())
                .append("audience", card.audience().name());
    }

    private static Card toCard(Document d) {
        return new Card(d.getString("question"), d.getList("suggestions", String.class, List.of()),
                Audience.valueOf(d.getString("audience")));
    }

    private static List<Card> cards(Document d) {
        return d.getList("cards", Document.class, List.of()).stream().map(InstrumentRepository::toCard).toList();
    }

    private static Instrument toInstrument(Document d) {
        List<RouteStep> steps = d.getList("steps", Document.class, List.of()).stream()
                .map(s -> new RouteStep(s.getString("title"), s.getString("purpose"), cards(s))).toList();
        return Instrument.restore(UUID.fromString(d.getString("_id")), InstrumentKind.valueOf(d.getString("kind")),
                d.getString("title"), d.getString("description"), cards(d), steps, d.getString("createdBy"),
                d.getDate("createdAt").toInstant());
    }
}
