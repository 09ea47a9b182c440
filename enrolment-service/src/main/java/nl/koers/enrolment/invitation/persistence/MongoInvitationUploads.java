package nl.koers.enrolment.invitation.persistence;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.enrolment.invitation.CheckedRow;
import nl.koers.enrolment.invitation.InvitationRules;
import nl.koers.enrolment.invitation.InvitationUpload;
import nl.koers.enrolment.invitation.InvitationUploads;
import nl.koers.enrolment.invitation.RowOutcome;
import nl.koers.enrolment.invitation.RowProblem;
import nl.koers.events.DomainEvent;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** One document per uploaded list with its row report; its audit entries travel in its outbox. */
@Repository
class MongoInvitationUploads implements InvitationUploads {

    static final String COLLECTION = "invitation_uploads";

    private final MongoCollection<Document> collection;

    MongoInvitationUploads(OutboxRelay outboxRelay) {
        this.collection = outboxRelay.watch(COLLECTION);
        collection.createIndex(Indexes.ascending("cohortId"));
    }

    @Override
    public String collection() {
        return COLLECTION;
    }

    @Override
    public void insert(InvitationUpload upload, DomainEvent audit) {
        collection.insertOne(state(upload).append("_id", upload.id().toString())
                .append(Outbox.FIELD, Outbox.entries(List.of(audit))));
    }

    @Override
    public Optional<InvitationUpload> find(UUID id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id.toString())).first())
                .map(MongoInvitationUploads::toUpload);
    }

    @Override
    public boolean confirm(InvitationUpload confirmed, DomainEvent audit) {
        return collection.updateOne(Filters.and(Filters.eq("_id", confirmed.id().toString()),
                        Filters.eq("status", InvitationUpload.Status.CHECKED.name())),
                Updates.combine(Updates.set("status", confirmed.status().name()),
                        Updates.set("confirmedAt", Date.from(confirmed.confirmedAt())),
                        Updates.pushEach(Outbox.FIELD, Outbox.entries(List.of(audit))))).getMatchedCount() == 1;
    }

    @Override
    public void eraseRows(UUID cohortId, String address) {
        // Few uploads per cohort, each at most 500 rows: read, scrub and write back, each upload on its own.
        for (Document document : collection.find(Filters.eq("cohortId", cohortId.toString()))) {
            List<Document> rows = document.getList("rows", Document.class, List.of());
            boolean changed = false;
            for (Document row : rows) {
                if (address.equals(InvitationRules.address(row.getString("email")))) {
                    row.put("name", null);
                    row.put("email", null);
                    row.put("institution", null);
                    row.put("function", null);
                    changed = true;
                }
            }
            if (changed) {
                collection.updateOne(Filters.eq("_id", document.getString("_id")), Updates.set("rows", rows));
            }
        }
    }

    @Override
    public long deleteOfCohort(UUID cohortId) {
        return collection.deleteMany(Filters.eq("cohortId", cohortId.toString())).getDeletedCount();
    }

    private static Document state(InvitationUpload upload) {
        List<Document> rows = upload.rows().stream().map(r -> new Document("line", r.line())
                .append("name", r.name()).append("email", r.email()).append("institution", r.institution())
                .append("sector", r.sector()).append("function", r.function()).append("outcome", r.outcome().name())
                .append("problems", r.problems().stream().map(p -> new Document("field", p.field())
                        .append("code", p.code()).append("message", p.message())).toList())).toList();
        return new Document("cohortId", upload.cohortId().toString())
                .append("fileName", upload.fileName())
                .append("status", upload.status().name())
                .append("uploadedBy", upload.uploadedBy())
                .append("uploadedAt", Date.from(upload.uploadedAt()))
                .append("confirmedAt", upload.confirmedAt() == null ? null : Date.from(upload.confirmedAt()))
                .append("rows", rows);
    }

    private static InvitationUpload toUpload(Document d) {
        List<CheckedRow> rows = d.getList("rows", Document.class, List.of()).stream().map(r -> new CheckedRow(
                ((Number) r.get("line")).longValue(), r.getString("name"), r.getString("email"),
                r.getString("institution"), r.getString("sector"), r.getString("function"),
                RowOutcome.valueOf(r.getString("outcome")), r.getList("problems", Document.class, List.of()).stream()
                        .map(p -> new RowProblem(p.getString("field"), p.getString("code"), p.getString("message")))
                        .toList())).toList();
        Date confirmedAt = d.getDate("confirmedAt");
        return new InvitationUpload(UUID.fromString(d.getString("_id")), UUID.fromString(d.getString("cohortId")),
                d.getString("fileName"), InvitationUpload.Status.valueOf(d.getString("status")),
                d.getString("uploadedBy"), d.getDate("uploadedAt").toInstant(),
                confirmedAt == null ? null : confirmedAt.toInstant(), rows);
    }
}
