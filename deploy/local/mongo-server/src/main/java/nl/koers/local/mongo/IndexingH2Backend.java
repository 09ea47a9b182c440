package nl.koers.local.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with the index use Koers' queries rely on in MongoDB. mongo-java-server uses an
 * index only when the query's fields are exactly the index's, and ignores non-unique indexes, so it scanned the
 * whole collection for the version-checked projection writes ({@code {$and: [{_id: x}, {version: {$lt: 7}}]}})
 * and for every lookup by a foreign key ({@code participantId}, {@code cohortId}): each write cost O(collection)
 * and catching up on a backlog of n events O(n²). Here a query whose conditions are combined by AND first narrows
 * to the documents of one indexed value (its {@code _id}, or the first field of a secondary index, see
 * {@link EqualityIndex}) and then tests all its conditions on those alone, as MongoDB's planner would. All
 * indexes live in memory and are rebuilt from the documents when a collection opens ({@link InMemoryUniqueIndex}).
 */
public class IndexingH2Backend extends H2Backend {

    public IndexingH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /** An inner class so that the store is reachable while H2Database's constructor already opens collections. */
    private final class Database extends H2Database {

        Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            // The same map names as H2Database uses, so files written by either stay readable by both.
            return new PlannedCollection(this, collectionName, options, store.openMap("databases." + fullName),
                    store.openMap("meta." + fullName), cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            return new InMemoryUniqueIndex<>(indexName, keys, sparse);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                           boolean sparse) {
            // Kept in memory and rebuilt from the documents when the collection opens. An index whose first field is
            // a path into subdocuments or arrays ("enrolments.id") stays unbuilt, as in mongo-java-server: such
            // queries scan, which is slow but never misses a document.
            if (keys.get(0).getKey().contains(".")) {
                return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
            }
            return new EqualityIndex<>(indexName, keys, sparse);
        }
    }

    static final class PlannedCollection extends H2Collection {

        PlannedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                          MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursors) {
            super(database, collectionName, options, dataMap, metaMap, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fieldSelector) {
            List<Object> ids = idsIn(query);
            Index<Object> idIndex = idIndex();
            if (ids != null && idIndex != null) {
                // The index lookups are the answer: testing each document against the whole list again, as
                // mongo-java-server does, cost O(documents x ids) for the projections' batch reads.
                List<Object> positions = new ArrayList<>();
                for (Object id : new LinkedHashSet<>(ids)) {
                    Object position = idIndex.getPosition(new Document("_id", id));
                    if (position != null) {
                        positions.add(position);
                    }
                }
                return matchDocuments(new Document(), positions, orderBy, skip, limit, batchSize, fieldSelector);
            }
            Iterable<Object> candidates = candidates(query, idIndex);
            if (candidates == null) {
                return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
            }
            return matchDocuments(query, candidates, orderBy, skip, limit, batchSize, fieldSelector);
        }

        private Index<Object> idIndex() {
            for (Index<Object> index : getIndexes()) {
                if (index.isUnique() && index.getKeys().size() == 1 && "_id".equals(index.getKeys().get(0).getKey())) {
                    return index;
                }
            }
            return null;
        }

        /**
         * The values of a query that is exactly {@code {_id: {$in: [plain values]}}}, none a subdocument (whose
         * equality the index key does not follow exactly); null for any other query.
         */
        static List<Object> idsIn(Document query) {
            if (query.size() == 1 && query.get("_id") instanceof Document condition && condition.size() == 1
                    && condition.get("$in") instanceof Collection<?> values
                    && values.stream().allMatch(v -> isPlainValue(v) && !(v instanceof Document))) {
                return new ArrayList<>(values);
            }
            return null;
        }

        /** The positions that can match, from one index lookup; null to leave the query to mongo-java-server. */
        private Iterable<Object> candidates(Document query, Index<Object> idIndex) {
            List<Index<Object>> indexes = getIndexes();
            if (indexes.stream().anyMatch(index -> index.canHandle(query))) {
                return null; // mongo-java-server's own exact-match index use
            }
            Map<String, Object> pinned = pinnedValues(query);
            if (pinned.containsKey("_id") && idIndex != null) {
                Object position = idIndex.getPosition(new Document("_id", pinned.get("_id")));
                return position == null ? List.of() : List.of(position);
            }
            for (Index<Object> index : indexes) {
                // Not for a subdocument: its equality is field order and number type sensitive in ways the index
                // key does not follow, so scanning is the safe answer.
                if (index instanceof EqualityIndex<Object> equality && pinned.containsKey(equality.field())
                        && !(pinned.get(equality.field()) instanceof Document)) {
                    return equality.positions(pinned.get(equality.field()));
                }
            }
            return null;
        }

        /**
         * The fields the query pins to one value, each a condition every match must meet: top-level
         * {@code field: value}, and the same inside a top-level {@code $and}.
         */
        static Map<String, Object> pinnedValues(Document query) {
            Map<String, Object> pinned = new HashMap<>();
            pinPlainValues(query, pinned);
            if (query.get("$and") instanceof List<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document condition) {
                        pinPlainValues(condition, pinned);
                    }
                }
            }
            return pinned;
        }

        private static void pinPlainValues(Document conditions, Map<String, Object> pinned) {
            conditions.forEach((field, value) -> {
                if (!field.startsWith("$") && isPlainValue(value)) {
                    pinned.putIfAbsent(field, value);
                }
            });
        }

        private static boolean isPlainValue(Object value) {
            if (value == null || value instanceof Collection || value instanceof Pattern
                    || BsonRegularExpression.isRegularExpression(value)) {
                return false;
            }
            return !(value instanceof Document document) || document.keySet().stream().noneMatch(k -> k.startsWith("$"));
        }
    }
}
