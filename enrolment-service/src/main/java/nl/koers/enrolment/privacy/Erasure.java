package nl.koers.enrolment.privacy;

import nl.koers.defaults.privacy.Audit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.events.AuditEntry;
import nl.koers.events.DomainEvent;
import nl.koers.events.EnrolmentActionAudited;
import nl.koers.events.ErasureRequested;

/**
 * A participant's request to be forgotten and how far each service has got with it. It names the participant only
 * until every part is erased: from then on it keeps just the SHA-256 of their id, so that the participant can still
 * read their request but the record no longer says who it was about. The former id that enrolment-service puts on
 * the participant's anonymised enrolments is kept only until that part is done, for the same reason: afterwards
 * nothing links the anonymised enrolments to the request.
 */
public final class Erasure {

    public enum Status { PENDING, COMPLETED }

    public enum PartStatus { PENDING, ERASED }

    /** Who asked: the participant for themselves, or an admin on their behalf. */
    public enum Requester {
        PARTICIPANT, ADMIN;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Part(ErasurePart part, PartStatus status, Instant erasedAt) {

        static Part pending(ErasurePart part) {
            return new Part(part, PartStatus.PENDING, null);
        }
    }

    private final UUID id;
    private final String participantDigest;
    private String participantId;
    private String formerParticipantId;
    private final Instant requestedAt;
    private final Requester requestedBy;
    private Status status;
    private Instant completedAt;
    private final Map<ErasurePart, Part> parts = new EnumMap<>(ErasurePart.class);
    private final long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();
    private final List<String> profileTombstones = new ArrayList<>();

    private Erasure(UUID id, String participantDigest, String participantId, String formerParticipantId,
                    Instant requestedAt, Requester requestedBy, Status status, Instant completedAt,
                    Collection<Part> parts, long version) {
        this.id = id;
        this.participantDigest = participantDigest;
        this.participantId = participantId;
        this.formerParticipantId = formerParticipantId;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.status = status;
        this.completedAt = completedAt;
        for (ErasurePart part : ErasurePart.values()) {
            this.parts.put(part, Part.pending(part));
        }
        parts.forEach(p -> this.parts.put(p.part(), p));
        this.version = version;
    }

    /**
     * A new request, with the fact every service erases on and its audit entry, both published in the write that
     * stores it.
     *
     * @param actorId the subject of the token that asked: the participant themselves or the admin
     */
    public static Erasure request(UUID id, String participantId, Requester requestedBy, String actorId, Instant now) {
        Erasure erasure = new Erasure(id, ErasedParticipants.digest(participantId), participantId,
                ErasedParticipants.formerParticipant(), now, requestedBy, Status.PENDING, null, List.of(), 0);
        erasure.pendingEvents.add(new ErasureRequested(UUID.randomUUID(), now, id, participantId, requestedBy.code()));
        erasure.pendingEvents.add(new EnrolmentActionAudited(UUID.randomUUID(), now, new AuditEntry(actorId,
                requestedBy.code(), "erasure.requested", "erasure", id.toString(), null,
                Map.of("requestedBy", requestedBy.code()))));
        return erasure;
    }

    public static Erasure restore(UUID id, String participantDigest, String participantId, String formerParticipantId,
                                  Instant requestedAt, Requester requestedBy, Status status, Instant completedAt,
                                  Collection<Part> parts, long version) {
        return new Erasure(id, participantDigest, participantId, formerParticipantId, requestedAt, requestedBy, status,
                completedAt, parts, version);
    }

    /**
     * Records that enrolment-service finished its own part: the profile is gone, so its tombstones go out with this
     * write, and so does the audit entry. Nothing happens when the part was done already (a redelivered request).
     *
     * @return whether anything changed
     */
    public boolean eraseOwnPart(Instant now) {
        if (isErased(ErasurePart.ENROLMENT)) {
            return false;
        }
        profileTombstones.add(participantId);
        pendingEvents.add(new EnrolmentActionAudited(UUID.randomUUID(), now, Audit.bySystem("participant.erased",
                "erasure", id, null, Map.of("erasureId", id.toString()))));
        formerParticipantId = null;
        return markErased(ErasurePart.ENROLMENT, now);
    }

    /**
     * Records that a service finished its part; the last one completes the erasure, which then forgets whose it
     * was. A part already erased stays as it was: services announce their part again when a request is redelivered.
     *
     * @return whether anything changed
     */
    public boolean markErased(ErasurePart part, Instant at) {
        if (isErased(part)) {
            return false;
        }
        parts.put(part, new Part(part, PartStatus.ERASED, at));
        if (parts.values().stream().allMatch(p -> p.status() == PartStatus.ERASED)) {
            status = Status.COMPLETED;
            completedAt = parts.values().stream().map(Part::erasedAt).max(Instant::compareTo).orElse(at);
            participantId = null;
            formerParticipantId = null;
            pendingEvents.add(new EnrolmentActionAudited(UUID.randomUUID(), at, Audit.bySystem("erasure.completed",
                    "erasure", id, null, Map.of())));
        }
        return true;
    }

    public boolean isErased(ErasurePart part) {
        return parts.get(part).status() == PartStatus.ERASED;
    }

    /** Whether this request is about {@code participantId}; answers also once the id itself is forgotten. */
    public boolean concerns(String participantId) {
        return participantDigest.equals(ErasedParticipants.digest(participantId));
    }

    public UUID id() {
        return id;
    }

    public String participantDigest() {
        return participantDigest;
    }

    /** Empty once the erasure is completed. */
    public Optional<String> participantId() {
        return Optional.ofNullable(participantId);
    }

    /** The one former id of this erasure's anonymised enrolments; empty once that part is done. */
    public Optional<String> formerParticipantId() {
        return Optional.ofNullable(formerParticipantId);
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Requester requestedBy() {
        return requestedBy;
    }

    public Status status() {
        return status;
    }

    public Instant completedAt() {
        return completedAt;
    }

    /** Enrolment, trajectory, reflection, notification: always all four, in that order. */
    public List<Part> parts() {
        return List.copyOf(parts.values());
    }

    public long version() {
        return version;
    }

    public List<DomainEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    /** Participant ids whose profile this change deleted: their records on the compacted topic get a tombstone. */
    public List<String> profileTombstones() {
        return List.copyOf(profileTombstones);
    }
}
