package nl.koers.trajectory.calendar;

import java.util.Date;
import java.util.Optional;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Calendar subscriptions in {@code calendar_subscriptions}, keyed by user, with a unique index on the token hash. */
@Repository
class CalendarSubscriptionRepository implements CalendarSubscriptions {

    private final MongoCollection<Document> collection;

    CalendarSubscriptionRepository(MongoTemplate mongo) {
        this.collection = mongo.getCollection("calendar_subscriptions");
        collection.createIndex(Indexes.ascending("tokenHash"), new IndexOptions().unique(true));
    }

    @Override
    public void replace(CalendarSubscription subscription) {
        collection.replaceOne(Filters.eq("_id", subscription.userId()),
                new Document("_id", subscription.userId()).append("tokenHash", subscription.tokenHash())
                        .append("createdAt", Date.from(subscription.createdAt())),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<CalendarSubscription> ofUser(String userId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", userId)).first()).map(this::toSubscription);
    }

    @Override
    public Optional<CalendarSubscription> byTokenHash(String tokenHash) {
        return Optional.ofNullable(collection.find(Filters.eq("tokenHash", tokenHash)).first()).map(this::toSubscription);
    }

    @Override
    public void remove(String userId) {
        collection.deleteOne(Filters.eq("_id", userId));
    }

    private CalendarSubscription toSubscription(Document d) {
        return new CalendarSubscription(d.getString("_id"), d.getString("tokenHash"), d.getDate("createdAt").toInstant());
    }
}
