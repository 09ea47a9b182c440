package nl.koers.enrolment.privacy;

import nl.koers.defaults.problem.InvalidField;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.Forbidden;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.defaults.web.Role;
import nl.koers.enrolment.enrolment.EnrolmentService;
import nl.koers.enrolment.invitation.InvitationService;
import nl.koers.enrolment.participant.ParticipantService;
import nl.koers.events.ErasureRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Erasure requests: asking for one, reading them, and following each service's part until all are done.
 * enrolment-service erases its own part when its own {@link ErasureRequested} comes back from Kafka, like every
 * other service, so that a request stored while Kafka is down is still erased everywhere once the outbox is out.
 */
@Service
public class ErasureService {

    private static final Logger log = LoggerFactory.getLogger(ErasureService.class);
    private static final int MAX_ATTEMPTS = 50;
    private static final int PENDING_READS = 20;

    /** A request and whether it was made just now (202) or was already pending (200). */
    public record Requested(Erasure erasure, boolean created) {
    }

    private final Erasures erasures;
    private final EnrolmentService enrolments;
    private final ParticipantService participants;
    private final InvitationService invitations;
    private final ErasedParticipants erasedParticipants;
    private final OutboxRelay outboxRelay;
    private final Clock clock;

    ErasureService(Erasures erasures, EnrolmentService enrolments, ParticipantService participants,
                   InvitationService invitations, ErasedParticipants erasedParticipants, OutboxRelay outboxRelay, Clock clock) {
        this.erasures = erasures;
        this.enrolments = enrolments;
        this.participants = participants;
        this.invitations = invitations;
        this.erasedParticipants = erasedParticipants;
        this.outboxRelay = outboxRelay;
        this.clock = clock;
    }

    /**
     * Asks for the erasure of a participant: a participant for themselves ({@code participantId} empty or their
     * own), an admin for anyone. A pending request for the same participant is the answer to a second one.
     */
    public Requested request(Caller caller, Optional<String> participantId) {
        boolean admin = caller.is(Role.ADMIN);
        String target;
        if (admin) {
            target = participantId.orElseThrow(() -> new InvalidField("participantId", "is required",
                    "Say whose data to erase: the field 'participantId' is required when an admin asks."));
        } else if (participantId.isEmpty() || participantId.get().equals(caller.id())) {
            target = caller.id();
        } else {
            throw new Forbidden("erasure-of-someone-else", "Only your own data",
                    "You can ask for the erasure of your own data only; leave out participantId or give your own id.");
        }
        String digest = ErasedParticipants.digest(target);
        Optional<Erasure> pending = erasures.pendingFor(digest);
        if (pending.isPresent()) {
            return new Requested(pending.get(), false);
        }
        requireKnown(target, digest);
        Erasure erasure = Erasure.request(UUID.randomUUID(), target,
                admin ? Erasure.Requester.ADMIN : Erasure.Requester.PARTICIPANT, caller.id(), now());
        if (erasures.insert(erasure)) {
            outboxRelay.publishSoon(erasures.collection(), erasure.id().toString());
            return new Requested(erasure, true);
        }
        // Someone asked for the same participant at the same moment: theirs is the pending one. The local database
        // (mongo-java-server) can refuse the duplicate by its unique index a moment before the other request's
        // document is readable, so it is read again a few times before this gives up.
        for (int attempt = 0; attempt < PENDING_READS; attempt++) {
            Optional<Erasure> theirs = erasures.pendingFor(digest);
            if (theirs.isPresent()) {
                return new Requested(theirs.get(), false);
            }
            pause();
        }
        throw new Conflict("concurrent-change", "Changed by someone else",
                "An erasure for this participant was being stored at the same time; ask again.");
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Erasure get(Caller caller, UUID id) {
        return erasures.find(id).filter(visibleTo(caller)).orElseThrow(() -> new NotFound("erasure-not-found",
                "Erasure not found", "There is no erasure request " + id + " for you to see."));
    }

    /** An admin reads every request; a participant their own. Newest first. */
    public PageView<Erasure> list(Caller caller, Optional<Erasure.Status> status, Paging paging) {
        Optional<String> digest = caller.is(Role.ADMIN) ? Optional.empty()
                : Optional.of(ErasedParticipants.digest(caller.id()));
        return erasures.page(digest, status, paging);
    }

    /** The participant's own requests, for their export. */
    public List<Erasure> allFor(String participantId) {
        return erasures.allFor(ErasedParticipants.digest(participantId));
    }

    /**
     * enrolment-service's own part: it withdraws the participant's places (the waitlist moves up as it always does),
     * anonymises every enrolment of theirs under the request's one former id, takes name and address off the
     * invitations they accepted, deletes their profile and then marks
     * the part, with the profile's tombstones and the audit entry in that last write. Every step is safe to repeat,
     * so a redelivered request, or one that failed half-way, finishes the job.
     */
    public void eraseOwnPart(ErasureRequested requested) {
        Optional<Erasure> found = erasures.find(requested.erasureId());
        if (found.isEmpty()) {
            log.warn("Erasure {} is not stored here; its request is skipped", requested.erasureId());
            return;
        }
        Erasure erasure = found.get();
        if (erasure.isErased(ErasurePart.ENROLMENT)) {
            return;
        }
        Instant now = now();
        String participantId = requested.participantId();
        erasedParticipants.record(participantId, now);
        String formerParticipantId = erasure.formerParticipantId().orElseGet(ErasedParticipants::formerParticipant);
        enrolments.erase(participantId, formerParticipantId, erasure.requestedAt());
        invitations.erase(participantId, formerParticipantId);
        participants.delete(participantId);
        change(requested.erasureId(), fresh -> fresh.eraseOwnPart(now));
    }

    /** Another service finished its part; repeated announcements change nothing. */
    public void markErased(UUID erasureId, ErasurePart part, Instant erasedAt) {
        if (!change(erasureId, erasure -> erasure.markErased(part, erasedAt.truncatedTo(ChronoUnit.MILLIS)))) {
            log.debug("Erasure {}: {} part was marked already, or the erasure is unknown", erasureId, part.code());
        }
    }

    private boolean change(UUID erasureId, Predicate<Erasure> decision) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Erasure> erasure = erasures.find(erasureId);
            if (erasure.isEmpty()) {
                log.warn("Erasure {} is not stored here; the fact about it is skipped", erasureId);
                return false;
            }
            if (!decision.test(erasure.get())) {
                return false;
            }
            if (erasures.save(erasure.get())) {
                outboxRelay.publishSoon(erasures.collection(), erasureId.toString());
                return true;
            }
        }
        throw new IllegalStateException("Erasure " + erasureId + " kept changing; the event will be retried");
    }

    /** Koers must hold something of the participant, or have erased them before; otherwise there is nothing to do. */
    private void requireKnown(String participantId, String digest) {
        if (participants.find(participantId).isPresent() || !enrolments.allOf(participantId).isEmpty()) {
            return;
        }
        Optional<Erasure> earlier = erasures.latestFor(digest);
        if (earlier.isPresent()) {
            Erasure done = earlier.get();
            throw new Conflict("already-erased", "Already erased", "This participant's data was erased already"
                    + " (erasure " + done.id() + ", asked on " + done.requestedAt() + ", completed on "
                    + done.completedAt() + "), and Koers holds nothing new of them since.");
        }
        throw new NotFound("participant-not-found", "Participant not found",
                "Koers holds no profile or enrolment of participant " + participantId + ", and never erased one.");
    }

    private Predicate<Erasure> visibleTo(Caller caller) {
        return erasure -> caller.is(Role.ADMIN) || erasure.concerns(caller.id());
    }

    /** Milliseconds: what the database keeps of a moment, so that what is answered is what is read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
