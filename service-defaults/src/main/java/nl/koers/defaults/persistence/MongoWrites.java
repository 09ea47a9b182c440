package nl.koers.defaults.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The two single-document writes that stand in for transactions everywhere in Koers when writers race: the
 * unique {@code _id} decides who stored a document first, and a version field decides whether a fact is newer
 * than what a projection holds. Both answer "someone else got there" as {@code false}, not as an exception.
 */
public final class MongoWrites {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private MongoWrites() {
    }

    /** Inserts the document unless one with its {@code _id} exists; false when another writer stored it first. */
    public static boolean insertIfAbsent(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Applies {@code update} to the document {@code id} if its {@code versionField} is below {@code version},
     * creating the document when there is none. False when an equal or newer version is already stored: the
     * fact was a redelivery or arrived after a newer one, and consumers stay idempotent by ignoring it.
     */
    public static boolean upsertIfNewer(MongoCollection<Document> collection, String id, String versionField,
                                        long version, Bson update) {
        try {
            collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.lt(versionField, version)), update, UPSERT);
            return true;
        } catch (MongoWriteException e) {
            // The filter missed an existing document with a newer version, so the upsert tried to insert its _id.
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    public static boolean isDuplicateKey(MongoWriteException e) {
        return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
