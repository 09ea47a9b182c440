package nl.koers.notification.preference;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.persistence.MongoWrites;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code preferences}: one document per person ({@code _id} their user id) with the language, each topic's
 * setting and a version. A change is one conditional update on the version, so two concurrent changes cannot both
 * win; the first one is an insert that only one writer can make.
 */
@Repository
class PreferenceRepository implements PreferenceStore {

    private final MongoCollection<Document> preferences;
    private final Clock clock;

    PreferenceRepository(MongoTemplate mongo, Clock clock) {
        this.preferences = mongo.getCollection("preferences");
        this.clock = clock;
    }

    @Override
    public Optional<Preferences> find(String recipientId) {
        return Optional.ofNullable(preferences.find(Filters.eq("_id", recipientId)).first())
                .map(PreferenceRepository::read);
    }

    @Override
    public Map<String, Preferences> findAll(Collection<String> recipientIds) {
        Map<String, Preferences> found = new HashMap<>();
        if (recipientIds.isEmpty()) {
            return found;
        }
        for (Document document : preferences.find(Filters.in("_id", new ArrayList<>(recipientIds)))) {
            Preferences read = read(document);
            found.put(read.recipientId(), read);
        }
        return found;
    }

    @Override
    public Optional<Preferences> save(Preferences wanted, Long expectedVersion) {
        Document topics = new Document();
        wanted.topics().forEach((topic, on) -> topics.append(topic.name(), on));
        Bson values = Updates.combine(Updates.set("language", wanted.language().code()), Updates.set("topics", topics),
                Updates.set("updatedAt", Date.from(clock.instant())));
        if (expectedVersion != null && expectedVersion == 0) {
            Document first = new Document("_id", wanted.recipientId()).append("language", wanted.language().code())
                    .append("topics", topics).append("version", 1L).append("updatedAt", Date.from(clock.instant()));
            return MongoWrites.insertIfAbsent(preferences, first) ? Optional.of(read(first)) : Optional.empty();
        }
        Bson filter = expectedVersion == null ? Filters.eq("_id", wanted.recipientId())
                : Filters.and(Filters.eq("_id", wanted.recipientId()), Filters.eq("version", expectedVersion));
        FindOneAndUpdateOptions options = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)
                .upsert(expectedVersion == null);
        Document saved = preferences.findOneAndUpdate(filter, Updates.combine(values, Updates.inc("version", 1L)),
                options);
        return Optional.ofNullable(saved).map(PreferenceRepository::read);
    }

    @Override
    public void delete(String recipientId) {
        preferences.deleteOne(Filters.eq("_id", recipientId));
    }

    /** A topic added after the document was stored reads as on, as it is for someone who stored nothing. */
    private static Preferences read(Document document) {
        Document stored = document.get("topics", Document.class);
        Map<Topic, Boolean> topics = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            Boolean on = stored == null ? null : stored.getBoolean(topic.name());
            topics.put(topic, on == null || !topic.switchable() || on);
        }
        Language language = Language.ofCode(document.getString("language")).orElse(Language.DEFAULT);
        return new Preferences(document.getString("_id"), language, topics,
                document.get("version", Number.class).longValue());
    }
}
