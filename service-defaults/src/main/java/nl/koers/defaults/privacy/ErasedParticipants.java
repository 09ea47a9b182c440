package nl.koers.defaults.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The participants this service erased, so that an older fact about one of them arriving late (a service that was
 * down catches up, topics are not ordered with each other, a consumer replays) does not bring their data back.
 * It keeps only a SHA-256 of the participant's id and when the erasure happened: enough to recognise a stale
 * fact, nothing to read back who it was. Facts that happened after the erasure are new activity of the same
 * account (someone who signs in again starts afresh) and are let through.
 */
public class ErasedParticipants {

    static final String COLLECTION = "erased_participants";
    /** The participant id that anonymised records carry instead of the erased one. */
    public static final String FORMER_PREFIX = "former-";

    /**
     * Fixed-width UTC text, so that {@code $max} on it picks the later time: {@link Instant#toString()} drops zero
     * fractions, and {@code ...:00Z} would sort after {@code ...:00.5Z}.
     */
    static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final MongoCollection<Document> erased;

    public ErasedParticipants(MongoTemplate mongo) {
        this.erased = mongo.getCollection(COLLECTION);
    }

    /** Remembers that {@code participantId} was erased at {@code erasedAt}; the latest erasure counts. */
    public void record(String participantId, Instant erasedAt) {
        erased.updateOne(Filters.eq("_id", digest(participantId)),
                Updates.max("erasedAt", SORTABLE.format(erasedAt)), new UpdateOptions().upsert(true));
    }

    /** Whether a fact about {@code participantId} that happened at {@code occurredAt} predates their erasure. */
    public boolean erasedSince(String participantId, Instant occurredAt) {
        Document found = erased.find(Filters.eq("_id", digest(participantId))).first();
        return found != null && !SORTABLE.parse(found.getString("erasedAt"), Instant::from).isBefore(occurredAt);
    }

    /**
     * A fresh id for the records an erasure anonymises (a roster's "former participant"): random, so it links to
     * nobody, and one per erasure in a service, so counts of distinct participants stay right.
     */
    public static String formerParticipant() {
        return FORMER_PREFIX + UUID.randomUUID();
    }

    public static boolean isFormer(String participantId) {
        return participantId != null && participantId.startsWith(FORMER_PREFIX);
    }

    /** The SHA-256 of a participant id, for records that must recognise a participant without naming them. */
    public static String digest(String participantId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(participantId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
