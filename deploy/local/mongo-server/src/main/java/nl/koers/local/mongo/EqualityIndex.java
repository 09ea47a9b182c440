package nl.koers.local.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A non-unique index for equality lookups on its first field, kept in memory: mongo-java-server accepts
 * non-unique indexes but does not build them. A compound index {@code (cohortId, status, displayName)} answers
 * "the documents with this cohortId", and {@link IndexingH2Backend.PlannedCollection} then tests the whole query
 * on those, so using only the first field never changes a result, only how many documents are tested. A field
 * holding an array is indexed under each element and under the array itself, because an equality condition
 * matches either. Never chosen by mongo-java-server's own planner ({@link #canHandle} is false).
 */
final class EqualityIndex<P> extends Index<P> {

    private final String field;
    private final Map<KeyValue, Set<P>> positionsByValue = new HashMap<>();
    private final Map<KeyValue, List<KeyValue>> valuesById = new HashMap<>();
    private final Map<KeyValue, P> positionsById = new HashMap<>();

    EqualityIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.field = keys.get(0).getKey();
    }

    String field() {
        return field;
    }

    synchronized List<P> positions(Object value) {
        return new ArrayList<>(positionsByValue.getOrDefault(key(value), Set.of()));
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        KeyValue id = key(document.get("_id"));
        List<KeyValue> values = values(document);
        values.forEach(v -> positionsByValue.computeIfAbsent(v, k -> new LinkedHashSet<>()).add(position));
        valuesById.put(id, values);
        positionsById.put(id, position);
    }

    @Override
    public synchronized P remove(Document document) {
        KeyValue id = key(document.get("_id"));
        P position = positionsById.remove(id);
        for (KeyValue value : valuesById.getOrDefault(id, List.of())) {
            Set<P> positions = positionsByValue.get(value);
            if (positions != null && positions.remove(position) && positions.isEmpty()) {
                positionsByValue.remove(value);
            }
        }
        valuesById.remove(id);
        return position;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
                                           MongoCollection<P> collection) {
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    private List<KeyValue> values(Document document) {
        Object value = document.get(field); // a top-level field: dotted paths are not built (see IndexingH2Backend)
        List<KeyValue> values = new ArrayList<>();
        values.add(key(value));
        if (value instanceof Collection<?> elements) {
            elements.forEach(element -> values.add(key(element)));
        }
        return values;
    }

    private static KeyValue key(Object value) {
        return new KeyValue(value).normalized();
    }

    @Override
    public P getPosition(Document document) {
        return null; // not unique: no single position for a value
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        throw new UnsupportedOperationException("Looked up through positions(value) only");
    }

    @Override
    public synchronized long getCount() {
        return positionsById.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        positionsByValue.clear();
        valuesById.clear();
        positionsById.clear();
    }
}
