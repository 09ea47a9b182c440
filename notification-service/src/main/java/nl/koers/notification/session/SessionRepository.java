package nl.koers.notification.session;

import static nl.koers.defaults.persistence.MongoWrites.upsertIfNewer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code sessions}: one document per session with its facts at {@code sessionVersion} (times as ISO text) and its
 * reminder ({@code reminderVersion}, {@code reminderDueAt}, {@code reminderState}, {@code reminderClaimedUntil};
 * the two times the scheduler queries by are BSON dates, which lose nothing that matters for a reminder). Facts and
 * reminder are written in one version-checked upsert; the scheduler's claim is one conditional update.
 */
@Repository
class SessionRepository implements Sessions {

    private static final String PLANNED = Reminder.State.PLANNED.name();
    private static final String CLAIMED = Reminder.State.CLAIMED.name();

    private final MongoCollection<Document> sessions;

    SessionRepository(MongoTemplate mongo) {
        this.sessions = mongo.getCollection("sessions");
        sessions.createIndex(Indexes.ascending("reminderState"));
    }

    @Override
    public Optional<Held> find(UUID sessionId) {
        return Optional.ofNullable(sessions.find(Filters.eq("_id", sessionId.toString())).first())
                .map(SessionRepository::held);
    }

    @Override
    public long record(SessionDetails details, ReminderPlan.Decision reminder) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("cohortId", details.cohortId().toString()),
                Updates.set("sequence", details.sequence()),
                Updates.set("startsAt", text(details.startsAt())),
                Updates.set("endsAt", text(details.endsAt())),
                Updates.set("title", details.title()),
                Updates.set("place", details.place()),
                Updates.set("onlineLink", details.onlineLink()),
                Updates.set("cancelled", details.cancelled()),
                Updates.set("sessionVersion", details.sessionVersion())));
        switch (reminder) {
            case ReminderPlan.Keep ignored -> {
            }
            case ReminderPlan.Drop ignored -> updates.addAll(List.of(Updates.unset("reminderVersion"),
                    Updates.unset("reminderDueAt"), Updates.unset("reminderState"),
                    Updates.unset("reminderClaimedUntil")));
            case ReminderPlan.Plan plan -> updates.addAll(List.of(
                    Updates.set("reminderVersion", plan.reminder().planVersion()),
                    Updates.set("reminderDueAt", Date.from(plan.reminder().dueAt())),
                    Updates.set("reminderState", PLANNED), Updates.unset("reminderClaimedUntil")));
        }
        upsertIfNewer(sessions, details.sessionId().toString(), "sessionVersion", details.sessionVersion(),
                Updates.combine(updates));
        return find(details.sessionId()).map(h -> h.details().sessionVersion()).orElse(details.sessionVersion());
    }

    @Override
    public Optional<ClaimedReminder> claimDueReminder(Instant now, Duration lease) {
        Date at = Date.from(now);
        Bson due = Filters.or(Filters.and(Filters.eq("reminderState", PLANNED), Filters.lte("reminderDueAt", at)),
                Filters.and(Filters.eq("reminderState", CLAIMED), Filters.lte("reminderClaimedUntil", at)));
        Document claimed = sessions.findOneAndUpdate(due, Updates.combine(Updates.set("reminderState", CLAIMED),
                        Updates.set("reminderClaimedUntil", Date.from(now.plus(lease)))),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("reminderDueAt")).returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(d -> new ClaimedReminder(details(d),
                d.get("reminderVersion", Number.class).longValue()));
    }

    @Override
    public void finishReminder(UUID sessionId, long planVersion) {
        sessions.updateOne(Filters.and(Filters.eq("_id", sessionId.toString()), Filters.eq("reminderVersion", planVersion),
                        Filters.eq("reminderState", CLAIMED)),
                Updates.combine(Updates.set("reminderState", Reminder.State.DONE.name()),
                        Updates.unset("reminderClaimedUntil")));
    }

    private static Held held(Document d) {
        Reminder reminder = null;
        if (d.getString("reminderState") != null) {
            reminder = new Reminder(d.get("reminderVersion", Number.class).longValue(),
                    d.getDate("reminderDueAt").toInstant(), Reminder.State.valueOf(d.getString("reminderState")));
        }
        return new Held(details(d), reminder);
    }

    private static SessionDetails details(Document d) {
        return new SessionDetails(UUID.fromString(d.getString("_id")), UUID.fromString(d.getString("cohortId")),
                d.getInteger("sequence", 0), instant(d.getString("startsAt")), instant(d.getString("endsAt")),
                d.getString("title"), d.getString("place"), d.getString("onlineLink"), d.getBoolean("cancelled", false),
                d.get("sessionVersion", Number.class).longValue());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
