package nl.koers.enrolment.privacy.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import nl.koers.defaults.persistence.MongoWrites;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.enrolment.privacy.AuditLog;
import nl.koers.enrolment.privacy.AuditQuery;
import nl.koers.enrolment.privacy.AuditRecord;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_log} collection: one document per audited fact, {@code _id} its event id, so that a redelivered
 * fact is refused as a duplicate instead of stored twice. Only ever inserted into. {@code at} is a date for sorting
 * and periods; {@code atText} keeps the moment exactly, as BSON dates hold milliseconds only.
 */
@Repository
class MongoAuditLog implements AuditLog {

    static final String COLLECTION = "audit_log";

    private final MongoCollection<Document> collection;

    MongoAuditLog(MongoTemplate mongo) {
        this.collection = mongo.getCollection(COLLECTION);
        collection.createIndex(Indexes.descending("at"));
        collection.createIndex(Indexes.ascending("actorId"));
        collection.createIndex(Indexes.ascending("recordId"));
    }

    @Override
    public boolean append(AuditRecord record) {
        Document details = new Document();
        new TreeMap<>(record.details()).forEach(details::append);
        return MongoWrites.insertIfAbsent(collection, new Document("_id", record.id().toString())
                .append("at", Date.from(record.at()))
                .append("atText", record.at().toString())
                .append("service", record.service())
                .append("actorId", record.actorId())
                .append("actorRole", record.actorRole())
                .append("action", record.action())
                .append("recordType", record.recordType())
                .append("recordId", record.recordId())
                .append("cohortId", record.cohortId())
                .append("details", details));
    }

    @Override
    public PageView<AuditRecord> search(AuditQuery query, Paging paging) {
        List<Bson> filters = new ArrayList<>();
        query.actor().ifPresent(v -> filters.add(Filters.eq("actorId", v)));
        query.action().ifPresent(v -> filters.add(Filters.eq("action", v)));
        query.recordType().ifPresent(v -> filters.add(Filters.eq("recordType", v)));
        query.record().ifPresent(v -> filters.add(Filters.eq("recordId", v)));
        query.service().ifPresent(v -> filters.add(Filters.eq("service", v)));
        query.since().ifPresent(v -> filters.add(Filters.gte("at", Date.from(v))));
        query.before().ifPresent(v -> filters.add(Filters.lt("at", Date.from(v))));
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        long total = collection.countDocuments(filter);
        List<AuditRecord> items = collection.find(filter)
                .sort(Sorts.orderBy(Sorts.descending("at"), Sorts.descending("_id")))
                .skip(paging.offset()).limit(paging.size()).map(MongoAuditLog::toRecord).into(new ArrayList<>());
        return PageView.of(items, paging, total);
    }

    private static AuditRecord toRecord(Document d) {
        Map<String, String> details = new LinkedHashMap<>();
        d.get("details", new Document()).forEach((key, value) -> details.put(key, String.valueOf(value)));
        return new AuditRecord(UUID.fromString(d.getString("_id")), Instant.parse(d.getString("atText")),
                d.getString("service"), d.getString("actorId"), d.getString("actorRole"), d.getString("action"),
                d.getString("recordType"), d.getString("recordId"), d.getString("cohortId"), details);
    }
}
