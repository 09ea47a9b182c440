package nl.koers.enrolment.enrolment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.NotFound;
import nl.koers.events.AuditEntry;
import nl.koers.events.DomainEvent;
import nl.koers.events.EnrolmentActionAudited;
import nl.koers.events.EnrolmentCompleted;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EnrolmentPromoted;
import nl.koers.events.EnrolmentWaitlisted;
import nl.koers.events.EnrolmentWithdrawn;

/**
 * A cohort's seats and waitlist, and every enrolment in it. All rules that span enrolments (capacity, one
 * place per participant, waitlist order, promotion on withdrawal) live here, so that one atomic write of
 * one roster document enforces them under any concurrency. The waitlist is the waitlisted enrolments in the
 * order they enrolled; a position is derived, never stored, so it cannot drift.
 * <p>
 * When the cohort completes, every confirmed enrolment completes in the same change. Waitlisted enrolments
 * stay waitlisted: they never had a seat, so they neither completed nor withdrew, and reports count them as
 * the demand the cohort could not meet; a completed cohort promotes no one, and they can still withdraw.
 */
public final class Roster {

    /**
     * How often one participant may enrol in one cohort (withdrawn enrolments count). Every enrolment stays in
     * the roster's one document, so without a bound, enrolling and withdrawing in a loop would grow it past
     * what the database stores in one document and break the roster for everyone.
     */
    static final int MAX_ENROLMENTS_PER_PARTICIPANT = 10;

    private final UUID cohortId;
    private final long version;
    private long cohortVersion;
    private CohortTerms terms;
    private final List<Enrolment> enrolments;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private Roster(UUID cohortId, long version, long cohortVersion, CohortTerms terms, List<Enrolment> enrolments) {
        this.cohortId = cohortId;
        this.version = version;
        this.cohortVersion = cohortVersion;
        this.terms = terms;
        this.enrolments = new ArrayList<>(enrolments);
    }

    /** The roster of a cohort this service has just heard of. */
    public static Roster of(UUID cohortId, long cohortVersion, CohortTerms terms) {
        return new Roster(cohortId, 0, cohortVersion, terms, List.of());
    }

    public static Roster restore(UUID cohortId, long version, long cohortVersion, CohortTerms terms,
                                 List<Enrolment> enrolments) {
        return new Roster(cohortId, version, cohortVersion, terms, enrolments);
    }

    /**
     * Takes newer cohort facts (older or repeated ones are ignored: events may arrive twice). More capacity
     * promotes waitlisted participants into the new seats; a completed cohort completes its confirmed
     * enrolments.
     *
     * @return whether anything changed
     */
    public boolean applyCohortFacts(long newCohortVersion, CohortTerms newTerms, Instant now) {
        if (newCohortVersion <= cohortVersion) {
            return false;
        }
        cohortVersion = newCohortVersion;
        terms = newTerms;
        if (terms.isCompleted()) {
            completeConfirmed(now);
        }
        fillFreeSeats(now);
        return true;
    }

    private void completeConfirmed(Instant now) {
        for (Enrolment enrolment : List.copyOf(enrolments)) {
            if (enrolment.status() == EnrolmentStatus.CONFIRMED) {
                Enrolment completed = replace(enrolment, EnrolmentStatus.COMPLETED, now);
                pendingEvents.add(new EnrolmentCompleted(UUID.randomUUID(), now, completed.id(), cohortId,
                        completed.participantId(), nextVersion()));
            }
        }
    }

    public Enrolment enrol(UUID enrolmentId, Applicant applicant, String motivation, Instant now) {
        requireOpenForEnrolment(now);
        if (enrolments.stream().anyMatch(e -> e.participantId().equals(applicant.participantId())
                && e.status().holdsPlace())) {
            throw new Conflict("already-enrolled", "Already enrolled",
                    "You already have an enrolment in this cohort; withdraw it first to enrol again.");
        }
        if (enrolments.stream().filter(e -> e.participantId().equals(applicant.participantId())).count()
                >= MAX_ENROLMENTS_PER_PARTICIPANT) {
            throw new Conflict("enrolment-limit-reached", "Enrolled too often",
                    "You have enrolled in this cohort " + MAX_ENROLMENTS_PER_PARTICIPANT + " times already;"
                            + " ask the cohort's organiser if you still want a place.");
        }
        boolean seatLeft = confirmedCount() < terms.capacity();
        Enrolment enrolment = new Enrolment(enrolmentId, applicant, motivation,
                seatLeft ? EnrolmentStatus.CONFIRMED : EnrolmentStatus.WAITLISTED, now, now);
        enrolments.add(enrolment);
        if (seatLeft) {
            pendingEvents.add(new EnrolmentConfirmed(UUID.randomUUID(), now, enrolmentId, cohortId,
                    applicant.participantId(), nextVersion()));
        } else {
            pendingEvents.add(new EnrolmentWaitlisted(UUID.randomUUID(), now, enrolmentId, cohortId,
                    applicant.participantId(), nextVersion(), waitlistPosition(enrolment).orElseThrow()));
        }
        return enrolment;
    }

    /** Withdraws an enrolment; a freed seat goes to the first waitlisted participant in the same change. */
    public Enrolment withdraw(UUID enrolmentId, Instant now) {
        return withdraw(enrolmentId, now, now);
    }

    private Enrolment withdraw(UUID enrolmentId, Instant withdrawnAt, Instant now) {
        Enrolment enrolment = enrolment(enrolmentId).orElseThrow(() -> new NotFound("enrolment-not-found",
                "Enrolment not found", "There is no enrolment " + enrolmentId + " in this cohort."));
        if (enrolment.status() == EnrolmentStatus.COMPLETED) {
            throw new Conflict("enrolment-completed", "Enrolment completed",
                    "This enrolment is completed: the cohort ran to its end, so there is nothing to withdraw from.");
        }
        if (!enrolment.status().holdsPlace()) {
            throw new Conflict("already-withdrawn", "Already withdrawn", "This enrolment was already withdrawn.");
        }
        Enrolment withdrawn = replace(enrolment, EnrolmentStatus.WITHDRAWN, withdrawnAt);
        pendingEvents.add(new EnrolmentWithdrawn(UUID.randomUUID(), withdrawnAt, enrolmentId, cohortId,
                withdrawn.participantId(), nextVersion()));
        fillFreeSeats(now);
        return withdrawn;
    }

    /**
     * Erases a participant from this roster: their places are given up first, by the same rule as a withdrawal (a
     * freed seat goes to the first on the waitlist, with the usual events), then every enrolment of theirs keeps
     * only what others rely on: its status and dates, under {@code formerParticipantId} instead of their id, without
     * name, institution or motivation. Withdrawn and completed enrolments are anonymised as they are.
     *
     * @param requestedAt when the erasure was asked for: the moment the participant's places are withdrawn
     * @return whether the roster held anything of the participant
     */
    public boolean erase(String participantId, String formerParticipantId, Instant requestedAt, Instant now) {
        List<Enrolment> theirs = enrolments.stream().filter(e -> e.participantId().equals(participantId)).toList();
        for (Enrolment enrolment : theirs) {
            if (enrolment.status().holdsPlace()) {
                // Withdrawn as of the request: other services skip facts about an erased participant that predate
                // their erasure, so this withdrawal cannot bring the participant back into their copies.
                withdraw(enrolment.id(), requestedAt, now);
            }
        }
        for (Enrolment enrolment : theirs) {
            Enrolment current = enrolment(enrolment.id()).orElseThrow();
            enrolments.set(enrolments.indexOf(current), current.anonymised(formerParticipantId));
        }
        return !theirs.isEmpty();
    }

    /**
     * Anonymises every enrolment of the cohort, as its retention period ended: one former id per participant, so
     * that counts of distinct participants stay right, and no name, institution or motivation. Nobody is withdrawn
     * or promoted: the cohort has ended.
     *
     * @return the participants whose enrolments were anonymised; empty when nothing was left to anonymise
     */
    public Set<String> anonymiseAll(Supplier<String> formerParticipantIds) {
        Map<String, String> formerIds = new LinkedHashMap<>();
        for (Enrolment enrolment : List.copyOf(enrolments)) {
            if (enrolment.isAnonymised()) {
                continue;
            }
            String former = formerIds.computeIfAbsent(enrolment.participantId(), id -> formerParticipantIds.get());
            enrolments.set(enrolments.indexOf(enrolment), enrolment.anonymised(former));
        }
        return formerIds.keySet();
    }

    /** Records who changed this roster, published in the same write as the change. */
    public void audit(AuditEntry entry, Instant now) {
        pendingEvents.add(new EnrolmentActionAudited(UUID.randomUUID(), now, entry));
    }

    /** 1 for the next in line; empty for an enrolment that is not waitlisted. */
    public Optional<Integer> waitlistPosition(Enrolment enrolment) {
        if (enrolment.status() != EnrolmentStatus.WAITLISTED) {
            return Optional.empty();
        }
        int position = 0;
        for (Enrolment e : enrolments) {
            if (e.status() == EnrolmentStatus.WAITLISTED) {
                position++;
                if (e.id().equals(enrolment.id())) {
                    return Optional.of(position);
                }
            }
        }
        return Optional.empty();
    }

    public Optional<Enrolment> enrolment(UUID enrolmentId) {
        return enrolments.stream().filter(e -> e.id().equals(enrolmentId)).findFirst();
    }

    /** Refuses with a reason a participant can act on unless the cohort takes enrolments at {@code now}. */
    public void requireOpenForEnrolment(Instant now) {
        if (!terms.isOpen()) {
            throw new Conflict("cohort-not-open", "Cohort not open for enrolment",
                    "Enrolment for this cohort is not open (its status is " + terms.status() + ").");
        }
        if (terms.enrolmentNotYetOpenAt(now)) {
            throw new Conflict("enrolment-not-yet-open", "Enrolment not yet open",
                    "Enrolment for this cohort opens at " + terms.enrolmentOpensAt() + ".");
        }
        if (terms.enrolmentClosedAt(now)) {
            throw new Conflict("enrolment-window-passed", "Enrolment closed",
                    "Enrolment for this cohort closed at " + terms.enrolmentClosesAt() + ".");
        }
    }

    /** The cohort's seats at {@code now}, counted the way {@link #enrol} decides between confirming and waitlisting. */
    public Seats seats(Instant now) {
        int confirmed = (int) confirmedCount();
        int waitlisted = (int) enrolments.stream().filter(e -> e.status() == EnrolmentStatus.WAITLISTED).count();
        return new Seats(cohortId, terms.capacity(), confirmed, Math.max(0, terms.capacity() - confirmed), waitlisted,
                terms.takesEnrolmentsAt(now));
    }

    private void fillFreeSeats(Instant now) {
        if (terms.isCancelled() || terms.isCompleted()) {
            return;
        }
        while (confirmedCount() < terms.capacity()) {
            Optional<Enrolment> next = enrolments.stream()
                    .filter(e -> e.status() == EnrolmentStatus.WAITLISTED).findFirst();
            if (next.isEmpty()) {
                return;
            }
            Enrolment promoted = replace(next.get(), EnrolmentStatus.CONFIRMED, now);
            pendingEvents.add(new EnrolmentPromoted(UUID.randomUUID(), now, promoted.id(), cohortId,
                    promoted.participantId(), nextVersion()));
        }
    }

    private Enrolment replace(Enrolment enrolment, EnrolmentStatus status, Instant now) {
        Enrolment changed = enrolment.withStatus(status, now);
        enrolments.set(enrolments.indexOf(enrolment), changed);
        return changed;
    }

    private long confirmedCount() {
        return enrolments.stream().filter(e -> e.status() == EnrolmentStatus.CONFIRMED).count();
    }

    /** The version this roster will have once its pending change is stored; events carry it for ordering. */
    public long nextVersion() {
        return version + 1;
    }

    public UUID cohortId() {
        return cohortId;
    }

    public long version() {
        return version;
    }

    public long cohortVersion() {
        return cohortVersion;
    }

    public CohortTerms terms() {
        return terms;
    }

    public List<Enrolment> enrolments() {
        return List.copyOf(enrolments);
    }

    public List<DomainEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
