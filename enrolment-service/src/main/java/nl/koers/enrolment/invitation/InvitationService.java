package nl.koers.enrolment.invitation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.privacy.Audit;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.problem.Problem;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.enrolment.enrolment.CohortTerms;
import nl.koers.enrolment.enrolment.EnrolmentDetails;
import nl.koers.enrolment.enrolment.EnrolmentService;
import nl.koers.enrolment.participant.ParticipantProfile;
import nl.koers.enrolment.participant.ParticipantService;
import nl.koers.events.EnrolmentActionAudited;
import org.springframework.stereotype.Service;

/**
 * Inviting a cohort from a list: upload and check, confirm, and the invitee's acceptance, which is an enrolment by
 * the usual rules ({@link EnrolmentService#enrol}). Every change of a cohort's invitations reads them, decides and
 * stores them only if nobody changed them in between, else starts over: concurrent confirmations of lists with
 * the same addresses invite each address once.
 */
@Service
public class InvitationService {

    private static final int MAX_ATTEMPTS = 100;

    /** An accepted invitation and its enrolment; {@code created} when this call enrolled (201), not a repeat (200). */
    public record Acceptance(Invitation invitation, EnrolmentDetails enrolment, boolean created) {
    }

    /** A confirmed upload and how many invitations this call issued. */
    public record Confirmation(InvitationUpload upload, int invited) {
    }

    private final InvitationUploads uploads;
    private final CohortInvitationsStore store;
    private final EnrolmentService enrolments;
    private final ParticipantService participants;
    private final OutboxRelay outboxRelay;
    private final Clock clock;

    InvitationService(InvitationUploads uploads, CohortInvitationsStore store, EnrolmentService enrolments,
                      ParticipantService participants, OutboxRelay outboxRelay, Clock clock) {
        this.uploads = uploads;
        this.store = store;
        this.enrolments = enrolments;
        this.participants = participants;
        this.outboxRelay = outboxRelay;
        this.clock = clock;
    }

    /** Reads and checks a list; nothing is sent until it is confirmed. */
    public InvitationUpload upload(Caller caller, UUID cohortId, String fileName, byte[] file) {
        requireInviting(cohortId);
        List<ListedPerson> people = InvitationCsv.read(file);
        Instant now = now();
        Set<String> invited = store.find(cohortId).map(c -> c.invitedAddresses(now)).orElse(Set.of());
        Set<String> enrolled = participants.emailsOf(enrolments.holdingPlaces(cohortId)).stream()
                .map(InvitationRules::address).collect(Collectors.toSet());
        InvitationUpload upload = new InvitationUpload(UUID.randomUUID(), cohortId, fileName,
                InvitationUpload.Status.CHECKED, caller.id(), now, null, InvitationRules.check(people, invited, enrolled));
        InvitationUpload.Counts counts = upload.counts();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("rows", String.valueOf(counts.rows()));
        details.put("invite", String.valueOf(counts.invite()));
        details.put("rejected", String.valueOf(counts.rejected()));
        uploads.insert(upload, new EnrolmentActionAudited(UUID.randomUUID(), now,
                Audit.by(caller, "invitation-list.uploaded", "invitation-upload", upload.id(), cohortId, details)));
        outboxRelay.publishSoon(uploads.collection(), upload.id().toString());
        return upload;
    }

    public InvitationUpload upload(UUID uploadId) {
        return uploads.find(uploadId).orElseThrow(() -> new NotFound("invitation-upload-not-found",
                "Invitation list not found", "There is no uploaded invitation list " + uploadId + "."));
    }

    /**
     * Invites the list's INVITE rows that nobody invited to the cohort since, in one write of the cohort's
     * invitations with their events, then marks the list CONFIRMED. A second confirmation, or one after a failure
     * half-way, finds the addresses invited and invites nobody again.
     */
    public Confirmation confirm(Caller caller, UUID uploadId) {
        InvitationUpload upload = upload(uploadId);
        if (upload.status() == InvitationUpload.Status.CONFIRMED) {
            return new Confirmation(upload, 0);
        }
        CohortTerms terms = requireInviting(upload.cohortId());
        Instant now = now();
        if (terms.enrolmentClosesAt() != null && !now.isBefore(terms.enrolmentClosesAt())) {
            // Every link would have expired before its mail went out.
            throw new Conflict("enrolment-window-passed", "Enrolment closed", "Enrolment for cohort "
                    + upload.cohortId() + " closed at " + terms.enrolmentClosesAt() + ": an invitation now would not"
                    + " enrol anyone. Reopen enrolment for the cohort first, then confirm the list.");
        }
        int invited = change(upload.cohortId(), invitations -> invitations.issue(upload.id(), upload.rows(), now,
                terms.enrolmentClosesAt()).size(), count -> count > 0);
        InvitationUpload confirmed = new InvitationUpload(upload.id(), upload.cohortId(), upload.fileName(),
                InvitationUpload.Status.CONFIRMED, upload.uploadedBy(), upload.uploadedAt(), now, upload.rows());
        if (uploads.confirm(confirmed, new EnrolmentActionAudited(UUID.randomUUID(), now, Audit.by(caller,
                "invitation-list.confirmed", "invitation-upload", upload.id(), upload.cohortId(),
                Map.of("invited", String.valueOf(invited)))))) {
            outboxRelay.publishSoon(uploads.collection(), upload.id().toString());
            return new Confirmation(confirmed, invited);
        }
        return new Confirmation(upload(uploadId), invited);
    }

    /** A cohort's invitations in the order they were issued. */
    public PageView<Invitation> ofCohort(UUID cohortId, Paging paging) {
        if (enrolments.termsOf(cohortId).isEmpty()) {
            throw cohortNotFound(cohortId);
        }
        List<Invitation> all = store.find(cohortId).map(CohortInvitations::invitations).orElse(List.of());
        int from = Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return PageView.of(all.subList(from, to), paging, all.size());
    }

    /** What the invitee's page shows before they enrol. */
    public Invitation lookUp(String token) {
        return byToken(token).invitation();
    }

    /**
     * Enrols the signed-in participant through the invitation. The invitation is claimed for them first, so a
     * second person with the same link is refused before they are enrolled; a refused enrolment (the window closed,
     * they hold a place in the cohort already) gives the claim up again, and the link stays usable.
     */
    public Acceptance accept(Caller caller, String token) {
        Found found = byToken(token);
        Invitation invitation = found.invitation();
        UUID cohortId = invitation.cohortId();
        if (invitation.acceptedBy() != null && !invitation.acceptedBy().equals(caller.id())) {
            throw used();
        }
        if (invitation.isAccepted()) {
            return new Acceptance(invitation, enrolments.get(caller, invitation.enrolmentId()), false);
        }
        if (invitation.status(clock.instant()) == Invitation.Status.EXPIRED) {
            throw new InvitationExpired(invitation.expiresAt());
        }
        // Claimed by this participant already, but not accepted: an earlier acceptance stopped half-way.
        boolean resumed = caller.id().equals(invitation.acceptedBy());
        if (!change(cohortId, fresh -> fresh.claim(invitation.id(), caller.id()), claimed -> claimed)) {
            throw used();
        }
        EnrolmentDetails enrolment = enrolThrough(caller, invitation, resumed);
        Instant now = now();
        change(cohortId, fresh -> fresh.accept(invitation.id(), enrolment.enrolment().id(), now), accepted -> accepted);
        Invitation accepted = store.find(cohortId).flatMap(i -> i.byTokenHash(invitation.tokenHash()))
                .orElse(invitation);
        return new Acceptance(accepted, enrolment, true);
    }

    /**
     * Enrols the participant who holds the claim. A refusal gives the claim up, so the link stays usable, unless
     * it says they hold a place already after an acceptance of theirs stopped half-way: that place is the one it
     * made, and this acceptance finishes with it.
     */
    private EnrolmentDetails enrolThrough(Caller caller, Invitation invitation, boolean resumed) {
        UUID cohortId = invitation.cohortId();
        try {
            fillInProfile(caller.id(), invitation);
            return enrolments.enrol(caller, cohortId, null);
        } catch (Problem refused) {
            Optional<EnrolmentDetails> earlier = resumed && "already-enrolled".equals(refused.code())
                    ? enrolments.placeOf(caller.id(), cohortId) : Optional.empty();
            if (earlier.isPresent()) {
                return earlier.get();
            }
            change(cohortId, fresh -> fresh.release(invitation.id(), caller.id()), released -> released);
            throw refused;
        }
    }

    /** Every invitation the participant accepted, newest first: for their export. */
    public List<Invitation> acceptedBy(String participantId) {
        return store.findAcceptedBy(participantId).stream().flatMap(c -> c.invitations().stream())
                .filter(i -> participantId.equals(i.acceptedBy()))
                .sorted(Comparator.comparing(Invitation::invitedAt).reversed()).toList();
    }

    /**
     * Takes name and address off the participant's accepted invitations and off the rows of the lists they came
     * from. Repeating it changes nothing.
     */
    public void erase(String participantId, String formerParticipantId) {
        for (CohortInvitations cohort : store.findAcceptedBy(participantId)) {
            List<String> addresses = cohort.invitations().stream()
                    .filter(i -> participantId.equals(i.acceptedBy()) && i.email() != null)
                    .map(i -> InvitationRules.address(i.email())).toList();
            addresses.forEach(address -> uploads.eraseRows(cohort.cohortId(), address));
            change(cohort.cohortId(), fresh -> fresh.erase(participantId, formerParticipantId), changed -> changed);
        }
    }

    /** The cohort's retention ended: its lists and invitations go, and each invitation's record its tombstone. */
    public void expireCohort(UUID cohortId) {
        uploads.deleteOfCohort(cohortId);
        if (store.find(cohortId).isPresent()) {
            change(cohortId, CohortInvitations::expireAll, changed -> changed);
        }
    }

    private record Found(CohortInvitations cohort, Invitation invitation) {
    }

    private Found byToken(String token) {
        String hash = InvitationToken.hash(token);
        return store.findByTokenHash(hash).flatMap(c -> c.byTokenHash(hash).map(i -> new Found(c, i)))
                .orElseThrow(() -> new NotFound("invitation-not-found", "Invitation not found",
                        "This invitation link is not known (any more). Check that you copied the whole link, or ask"
                                + " the organiser of the cohort for a new invitation."));
    }

    /** A participant who has no profile yet gets the one the organiser's list gave; an existing one is kept. */
    private void fillInProfile(String participantId, Invitation invitation) {
        if (participants.find(participantId).isPresent() || invitation.email() == null) {
            return;
        }
        participants.fillIn(participantId, new ParticipantProfile.Details(invitation.name(), invitation.email(),
                invitation.institution(), invitation.sector(), invitation.function()));
    }

    private CohortTerms requireInviting(UUID cohortId) {
        CohortTerms terms = enrolments.termsOf(cohortId).orElseThrow(() -> cohortNotFound(cohortId));
        if (CohortTerms.COMPLETED.equals(terms.status()) || CohortTerms.CANCELLED.equals(terms.status())) {
            throw new Conflict("cohort-not-inviting", "Cohort takes no invitations",
                    "Cohort " + cohortId + " is " + terms.status() + ": nobody can be invited to it any more.");
        }
        return terms;
    }

    /**
     * Reads the cohort's invitations, lets {@code decision} change them and stores them if {@code store} says the
     * result changed something, retrying on the fresh state when another writer came first.
     */
    private <T> T change(UUID cohortId, Function<CohortInvitations, T> decision,
                         java.util.function.Predicate<T> changed) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            CohortInvitations invitations = store.find(cohortId).orElseGet(() -> CohortInvitations.none(cohortId));
            T result = decision.apply(invitations);
            if (!changed.test(result) || store.save(invitations)) {
                if (changed.test(result)) {
                    outboxRelay.publishSoon(store.collection(), cohortId.toString());
                }
                return result;
            }
            backOff(attempt);
        }
        throw new Conflict("invitations-busy", "Invitations busy",
                "The invitations of this cohort are being changed by someone else right now; please try again.");
    }

    private static Conflict used() {
        return new Conflict("invitation-used", "Invitation used",
                "Someone else has already enrolled with this invitation. Ask the organiser of the cohort for an"
                        + " invitation of your own.");
    }

    private static NotFound cohortNotFound(UUID cohortId) {
        return new NotFound("cohort-not-found", "Cohort not found",
                "There is no cohort " + cohortId + " here (yet).");
    }

    /** Milliseconds: what the database keeps of a moment, so that what is answered is what is read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2 + Math.min(attempt, 20) * 2L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
