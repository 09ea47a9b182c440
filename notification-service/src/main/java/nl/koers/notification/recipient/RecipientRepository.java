package nl.koers.notification.recipient;

import static nl.koers.defaults.persistence.MongoWrites.upsertIfNewer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Two collections keyed by user id: {@code profiles}, the copy of each participant's profile address and name
 * (version-checked upserts on {@code profileVersion}), and {@code sign_ins}, the address and name of each user's
 * last sign-in. Kept apart because they change for different reasons and neither may undo the other.
 */
@Repository
class RecipientRepository implements Recipients {

    private final MongoCollection<Document> profiles;
    private final MongoCollection<Document> signIns;
    private final Clock clock;

    RecipientRepository(MongoTemplate mongo, Clock clock) {
        this.profiles = mongo.getCollection("profiles");
        this.signIns = mongo.getCollection("sign_ins");
        this.clock = clock;
    }

    @Override
    public boolean recordProfile(String participantId, long profileVersion, String email, String displayName) {
        return upsertIfNewer(profiles, participantId, "profileVersion", profileVersion, Updates.combine(
                Updates.set("email", email), Updates.set("displayName", displayName),
                Updates.set("profileVersion", profileVersion)));
    }

    @Override
    public void recordSignIn(String userId, String email, String name) {
        signIns.updateOne(Filters.eq("_id", userId), Updates.combine(Updates.set("email", email),
                Updates.set("name", name), Updates.set("signedInAt", Date.from(clock.instant()))),
                new UpdateOptions().upsert(true));
    }

    @Override
    public Optional<Recipient> find(String id) {
        return Optional.ofNullable(findAll(Set.of(id)).get(id));
    }

    @Override
    public Map<String, Recipient> findAll(Collection<String> ids) {
        Map<String, Recipient> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Map<String, Document> profileOf = byId(profiles, ids);
        Map<String, Document> signInOf = byId(signIns, ids);
        Set<String> known = new HashSet<>(profileOf.keySet());
        known.addAll(signInOf.keySet());
        for (String id : known) {
            Document profile = profileOf.get(id);
            Document signIn = signInOf.get(id);
            found.put(id, new Recipient(id, profile == null ? null : profile.getString("email"),
                    profile == null ? null : profile.getString("displayName"),
                    signIn == null ? null : signIn.getString("email"), signIn == null ? null : signIn.getString("name")));
        }
        return found;
    }

    @Override
    public void delete(String id) {
        profiles.deleteOne(Filters.eq("_id", id));
        signIns.deleteOne(Filters.eq("_id", id));
    }

    private static Map<String, Document> byId(MongoCollection<Document> collection, Collection<String> ids) {
        Map<String, Document> found = new HashMap<>();
        for (Document document : collection.find(Filters.in("_id", new ArrayList<>(ids)))) {
            found.put(document.getString("_id"), document);
        }
        return found;
    }
}
