package nl.koers.trajectory.report.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

/**
 * Read-modify-write of many documents at once, each guarded by its own revision ({@code rev}): one query reads
 * them by {@code _id}, one unordered bulk write stores each only if its revision is still the one read, and the
 * ones another writer changed first are read and changed again. So concurrent writers never lose each other's
 * changes, without transactions.
 * <p>
 * The filters are plain documents {@code {_id, rev}} with a unique index on exactly those two fields: a
 * MongoDB-protocol server such as mongo-java-server only uses an index whose fields are exactly the query's,
 * and the driver's {@code Filters.and} would render {@code $and}, which no index serves. Without this, every
 * conditional write scanned the whole collection.
 */
final class RevisedDocuments {

    private static final int DUPLICATE_KEY = 11000;
    private static final int ATTEMPTS = 10;
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> collection;

    RevisedDocuments(MongoCollection<Document> collection) {
        this.collection = collection;
        collection.createIndex(new Document("_id", 1).append("rev", 1), new IndexOptions().unique(true));
    }

    /**
     * Changes the documents with these ids. {@code change} gets the id and the stored document (null if none)
     * and returns the new content (its {@code _id} and {@code rev} are set here), or null to leave it as it is.
     *
     * @return the documents as stored now, for the ids that were changed or left as they are
     */
    Map<String, Document> change(Collection<String> ids, BiFunction<String, Document, Document> change) {
        Map<String, Document> stored = new HashMap<>();
        Set<String> pending = new HashSet<>(ids);
        for (int attempt = 0; attempt < ATTEMPTS && !pending.isEmpty(); attempt++) {
            Map<String, Document> current = read(pending);
            List<WriteModel<Document>> writes = new ArrayList<>();
            List<String> order = new ArrayList<>();
            Map<String, Document> next = new HashMap<>();
            for (String id : pending) {
                Document known = current.get(id);
                Document changed = change.apply(id, known);
                if (changed == null) {
                    if (known != null) {
                        stored.put(id, known);
                    }
                    continue;
                }
                long rev = known == null ? 1 : ActivityDocuments.number(known, "rev") + 1;
                changed.put("_id", id);
                changed.put("rev", rev);
                writes.add(known == null ? new InsertOneModel<>(changed)
                        : new ReplaceOneModel<>(new Document("_id", id).append("rev", rev - 1), changed));
                order.add(id);
                next.put(id, changed);
            }
            Set<String> lost = write(writes, order);
            pending = new HashSet<>();
            for (String id : order) {
                if (lost.contains(id)) {
                    pending.add(id);
                } else {
                    stored.put(id, next.get(id));
                }
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("Documents " + pending + " of " + collection.getNamespace()
                    + " kept changing under this writer; the batch will be retried");
        }
        return stored;
    }

    /** Removes the document, whatever its revision. */
    void delete(String id) {
        collection.deleteOne(new Document("_id", id));
    }

    /** Removes the document only if it is still at {@code rev}: a writer that changed it since wins. */
    void delete(String id, long rev) {
        collection.deleteOne(new Document("_id", id).append("rev", rev));
    }

    Map<String, Document> read(Collection<String> ids) {
        Map<String, Document> found = new HashMap<>();
        if (!ids.isEmpty()) {
            collection.find(Filters.in("_id", ids)).forEach(d -> found.put(d.getString("_id"), d));
        }
        return found;
    }

    /** @return the ids whose write lost to another writer: a duplicate key on insert, no match on replace */
    private Set<String> write(List<WriteModel<Document>> writes, List<String> order) {
        if (writes.isEmpty()) {
            return Set.of();
        }
        Set<String> lost = new HashSet<>();
        int succeeded;
        try {
            var result = collection.bulkWrite(writes, UNORDERED);
            succeeded = result.getMatchedCount() + result.getInsertedCount();
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                lost.add(order.get(error.getIndex()));
            }
            succeeded = e.getWriteResult().getMatchedCount() + e.getWriteResult().getInsertedCount() + lost.size();
        }
        if (succeeded < writes.size()) {
            // Some replace matched nothing: find which by the revision now stored.
            Map<String, Document> now = read(order);
            for (int i = 0; i < order.size(); i++) {
                if (writes.get(i) instanceof ReplaceOneModel<Document> replace) {
                    Document stored = now.get(order.get(i));
                    if (stored == null || ActivityDocuments.number(stored, "rev")
                            != ActivityDocuments.number(replace.getReplacement(), "rev")) {
                        lost.add(order.get(i));
                    }
                }
            }
        }
        return lost;
    }
}
