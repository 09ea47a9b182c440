package nl.koers.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import nl.koers.defaults.outbox.Outbox;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.events.DomainEvent;
import nl.koers.notification.session.SessionDetails;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * {@code mails}: one document per mail, queue and history in one. {@code dedupeKey} has a unique index, which is
 * what makes a redelivered fact's mails a no-op. Every change of a mail's state is one conditional update: a claim
 * only succeeds on a mail that is still claimable, and a sender records an outcome only under its own claim, so a
 * sender whose lease ran out cannot overwrite the next one's work. The scheduling times ({@code nextAttemptAt},
 * {@code leaseUntil}) and the history's times are BSON dates: milliseconds are plenty for a mail. The session a mail
 * is about is kept as it was at the mail's version, times as ISO text.
 */
@Repository
class MailRepository implements Mails {

    static final String COLLECTION = "mails";
    private static final String PENDING = MailStatus.PENDING.name();
    private static final String SENDING = MailStatus.SENDING.name();
    private static final String FAILED = MailStatus.FAILED.name();

    private final MongoCollection<Document> mails;
    private final OutboxRelay outboxRelay;

    MailRepository(OutboxRelay outboxRelay) {
        this.outboxRelay = outboxRelay;
        // Watched: a resend carries its audit entry in the mail's own outbox.
        this.mails = outboxRelay.watch(COLLECTION);
        mails.createIndex(Indexes.ascending("dedupeKey"), new IndexOptions().unique(true));
        mails.createIndex(Indexes.ascending("recipientId"));
        mails.createIndex(Indexes.ascending("status"));
        mails.createIndex(Indexes.ascending("cohortId"));
        mails.createIndex(Indexes.ascending("invitee.invitationId"));
    }

    @Override
    public int addAll(List<Mail> made) {
        try {
            mails.insertMany(made.stream().map(MailRepository::document).toList(), new InsertManyOptions().ordered(false));
            return made.size();
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates) {
                throw e;
            }
            return made.size() - e.getWriteErrors().size();
        }
    }

    @Override
    public List<UUID> claimable(Instant now, int limit) {
        List<UUID> ids = new ArrayList<>();
        for (Document document : mails.find(claimableAt(now)).sort(Sorts.ascending("nextAttemptAt"))
                .projection(Projections.include("_id")).limit(limit)) {
            ids.add(UUID.fromString(document.getString("_id")));
        }
        return ids;
    }

    @Override
    public Optional<Mail> claim(UUID id, UUID claim, Instant now, Duration lease) {
        Document claimed = mails.findOneAndUpdate(Filters.and(Filters.eq("_id", id.toString()), claimableAt(now)),
                Updates.combine(Updates.set("status", SENDING), Updates.set("leaseUntil", Date.from(now.plus(lease))),
                        Updates.set("claim", claim.toString())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(MailRepository::mail);
    }

    @Override
    public void sent(UUID id, UUID claim, Instant at, String subject, String language) {
        mails.updateOne(claimed(id, claim), Updates.combine(Updates.set("status", MailStatus.SENT.name()),
                Updates.set("sentAt", Date.from(at)), Updates.set("subject", subject),
                Updates.set("language", language), Updates.unset("leaseUntil"), Updates.unset("claim"),
                Updates.unset("nextAttemptAt"),
                // Only an invitation has these: once it is out, who was invited is enrolment-service's to know.
                Updates.unset("invitee.address"), Updates.unset("invitee.name"), Updates.unset("invitee.token")));
    }

    @Override
    public void retryLater(UUID id, UUID claim, int attempts, Instant nextAttemptAt, String error) {
        mails.updateOne(claimed(id, claim), Updates.combine(Updates.set("status", PENDING),
                Updates.set("attempts", attempts), Updates.set("nextAttemptAt", Date.from(nextAttemptAt)),
                Updates.set("lastError", error), Updates.unset("leaseUntil"), Updates.unset("claim")));
    }

    @Override
    public void failed(UUID id, UUID claim, int attempts, Instant at, String error) {
        mails.updateOne(claimed(id, claim), Updates.combine(Updates.set("status", FAILED),
                Updates.set("attempts", attempts), Updates.set("failedAt", Date.from(at)),
                Updates.set("lastError", error), Updates.unset("leaseUntil"), Updates.unset("claim"),
                Updates.unset("nextAttemptAt")));
    }

    @Override
    public int dueNowFor(String recipientId, Instant now) {
        return (int) mails.updateMany(Filters.and(Filters.eq("recipientId", recipientId), Filters.eq("status", PENDING),
                Filters.gt("nextAttemptAt", Date.from(now))), Updates.set("nextAttemptAt", Date.from(now)))
                .getModifiedCount();
    }

    @Override
    public Optional<Mail> find(UUID id) {
        return Optional.ofNullable(mails.find(Filters.eq("_id", id.toString())).first()).map(MailRepository::mail);
    }

    @Override
    public PageView<Mail> of(String recipientId, Paging paging) {
        return page(Filters.eq("recipientId", recipientId), Sorts.descending("createdAt", "_id"), paging);
    }

    @Override
    public List<Mail> allOf(String recipientId) {
        List<Mail> all = new ArrayList<>();
        for (Document document : mails.find(Filters.eq("recipientId", recipientId))
                .sort(Sorts.ascending("createdAt", "_id"))) {
            all.add(mail(document));
        }
        return all;
    }

    @Override
    public PageView<Mail> failed(Paging paging) {
        return page(Filters.eq("status", FAILED), Sorts.descending("failedAt", "_id"), paging);
    }

    @Override
    public Optional<Mail> resend(UUID id, Instant now, List<? extends DomainEvent> events) {
        Document resent = mails.findOneAndUpdate(Filters.and(Filters.eq("_id", id.toString()), Filters.eq("status", FAILED)),
                Updates.combine(Updates.set("status", PENDING), Updates.set("attempts", 0),
                        Updates.set("nextAttemptAt", Date.from(now)), Updates.unset("failedAt"),
                        Updates.pushEach(Outbox.FIELD, Outbox.entries(events))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (resent == null) {
            return Optional.empty();
        }
        outboxRelay.publishSoon(COLLECTION, id.toString());
        return Optional.of(mail(resent));
    }

    @Override
    public void deleteOf(String recipientId) {
        mails.deleteMany(Filters.eq("recipientId", recipientId));
    }

    @Override
    public void deleteAbout(UUID cohortId) {
        mails.deleteMany(Filters.eq("cohortId", cohortId.toString()));
    }

    @Override
    public void withdrawInvitation(UUID invitationId) {
        mails.deleteMany(Filters.and(Filters.eq("invitee.invitationId", invitationId.toString()),
                Filters.in("status", PENDING, FAILED)));
    }

    private PageView<Mail> page(Bson filter, Bson sort, Paging paging) {
        List<Mail> items = new ArrayList<>();
        for (Document document : mails.find(filter).sort(sort).skip(paging.offset()).limit(paging.size())) {
            items.add(mail(document));
        }
        return PageView.of(items, paging, mails.countDocuments(filter));
    }

    /** Due and waiting, or claimed by a sender whose lease ran out (it crashed, or stalled past its lease). */
    private static Bson claimableAt(Instant now) {
        Date at = Date.from(now);
        return Filters.or(Filters.and(Filters.eq("status", PENDING), Filters.lte("nextAttemptAt", at)),
                Filters.and(Filters.eq("status", SENDING), Filters.lte("leaseUntil", at)));
    }

    private static Bson claimed(UUID id, UUID claim) {
        return Filters.and(Filters.eq("_id", id.toString()), Filters.eq("claim", claim.toString()));
    }

    private static Document document(Mail mail) {
        About about = mail.about();
        Document document = new Document("_id", mail.id().toString())
                .append("dedupeKey", mail.dedupeKey())
                .append("kind", mail.kind().name())
                .append("recipientId", mail.recipientId())
                .append("cohortId", text(about.cohortId()))
                .append("interventionId", text(about.interventionId()))
                .append("waitlistPosition", about.waitlistPosition())
                .append("status", mail.status().name())
                .append("attempts", mail.attempts())
                .append("nextAttemptAt", date(mail.nextAttemptAt()))
                .append("createdAt", date(mail.createdAt()));
        if (about.session() != null) {
            SessionDetails s = about.session();
            document.append("session", new Document("sessionId", s.sessionId().toString())
                    .append("cohortId", s.cohortId().toString()).append("sequence", s.sequence())
                    .append("startsAt", text(s.startsAt())).append("endsAt", text(s.endsAt()))
                    .append("title", s.title()).append("place", s.place()).append("onlineLink", s.onlineLink())
                    .append("cancelled", s.cancelled()).append("sessionVersion", s.sessionVersion()));
        }
        if (about.invitee() != null) {
            Invitee i = about.invitee();
            document.append("invitee", new Document("invitationId", i.invitationId().toString())
                    .append("address", i.address()).append("name", i.name()).append("token", i.token())
                    .append("expiresAt", date(i.expiresAt())));
        }
        return document;
    }

    private static Mail mail(Document d) {
        SessionDetails session = null;
        Document s = d.get("session", Document.class);
        if (s != null) {
            session = new SessionDetails(UUID.fromString(s.getString("sessionId")), UUID.fromString(s.getString("cohortId")),
                    s.getInteger("sequence", 0), instant(s.getString("startsAt")), instant(s.getString("endsAt")),
                    s.getString("title"), s.getString("place"), s.getString("onlineLink"),
                    s.getBoolean("cancelled", false), s.get("sessionVersion", Number.class).longValue());
        }
        Invitee invitee = null;
        Document i = d.get("invitee", Document.class);
        if (i != null) {
            invitee = new Invitee(UUID.fromString(i.getString("invitationId")), i.getString("address"),
                    i.getString("name"), i.getString("token"), instant(i.getDate("expiresAt")));
        }
        About about = new About(uuid(d.getString("cohortId")), uuid(d.getString("interventionId")),
                d.getInteger("waitlistPosition"), session, invitee);
        return new Mail(UUID.fromString(d.getString("_id")), d.getString("dedupeKey"), MailKind.valueOf(d.getString("kind")),
                d.getString("recipientId"), about, MailStatus.valueOf(d.getString("status")),
                d.getInteger("attempts", 0), instant(d.getDate("nextAttemptAt")), d.getString("lastError"),
                instant(d.getDate("createdAt")), instant(d.getDate("sentAt")), instant(d.getDate("failedAt")),
                d.getString("subject"), d.getString("language"));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
