package nl.koers.local.mongo;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A unique index kept in memory and rebuilt from the documents when its collection opens, in place of H2's,
 * which stores every key in an MVMap through Java serialization: maintaining those maps cost mongo-server more
 * than storing the documents themselves. The documents stay in the H2 file, so nothing is lost on a restart;
 * opening a large database takes a little longer instead.
 */
final class InMemoryUniqueIndex<P> extends AbstractUniqueIndex<P> {

    private final Map<KeyValue, P> positions = new ConcurrentHashMap<>();

    InMemoryUniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    @Override
    protected P removeDocument(KeyValue keyValue) {
        return positions.remove(keyValue);
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, P position) {
        return positions.putIfAbsent(keyValue, position) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, P>> getIterable() {
        return positions.entrySet();
    }

    @Override
    protected P getPosition(KeyValue keyValue) {
        return positions.get(keyValue);
    }

    @Override
    public long getCount() {
        return positions.size();
    }

    @Override
    public boolean isEmpty() {
        return positions.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
