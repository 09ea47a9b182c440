package nl.koers.enrolment.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.privacy.Audit;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
import nl.koers.events.AuditEntry;
import nl.koers.events.EnrolmentPromoted;
import org.springframework.stereotype.Service;

/**
 * The enrolment use cases. Each change reads a roster, lets it decide, and stores it only if nobody changed it
 * in between; otherwise it starts over on the fresh roster, which is how concurrent enrolments into the last
 * seats are serialised without locks or transactions.
 */
@Service
public class EnrolmentService {

    private static final int MAX_ATTEMPTS = 200;

    private final Rosters rosters;
    private final ApplicantDirectory applicants;
    private final OutboxRelay outboxRelay;
    private final Clock clock;

    EnrolmentService(Rosters rosters, ApplicantDirectory applicants, OutboxRelay outboxRelay, Clock clock) {
        this.rosters = rosters;
        this.applicants = applicants;
        this.outboxRelay = outboxRelay;
        this.clock = clock;
    }

    public EnrolmentDetails enrol(Caller caller, UUID cohortId, String motivation) {
        // The cohort's state comes first: "enrolment is closed" matters more than "fill in your profile".
        rosters.find(cohortId).orElseThrow(() -> cohortNotFound(cohortId)).requireOpenForEnrolment(clock.instant());
        Applicant applicant = applicants.applicant(caller.id()).orElseThrow(() -> new Conflict("profile-missing",
                "Profile missing", "Fill in your profile (PUT /api/participants/me) before you enrol."));
        UUID enrolmentId = UUID.randomUUID();
        return change(cohortId, roster -> EnrolmentDetails.of(roster,
                roster.enrol(enrolmentId, applicant, motivation, clock.instant())));
    }

    public EnrolmentDetails withdraw(Caller caller, UUID enrolmentId) {
        Roster roster = visibleRoster(caller, enrolmentId);
        return change(roster.cohortId(), fresh -> {
            Instant now = clock.instant();
            Enrolment before = fresh.enrolment(enrolmentId).orElseThrow();
            int eventsBefore = fresh.pendingEvents().size();
            Enrolment withdrawn = fresh.withdraw(enrolmentId, now);
            if (!withdrawn.participantId().equals(caller.id())) {
                // An organiser or admin changed someone's place: the audit trail needs it, in this same write.
                fresh.audit(withdrawalAudit(caller, fresh, before, eventsBefore), now);
            }
            return EnrolmentDetails.of(fresh, fresh.enrolment(enrolmentId).orElseThrow());
        });
    }

    private static AuditEntry withdrawalAudit(Caller caller, Roster roster, Enrolment before, int eventsBefore) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("status", EnrolmentStatus.WITHDRAWN.name());
        details.put("previousStatus", before.status().name());
        String promoted = roster.pendingEvents().subList(eventsBefore, roster.pendingEvents().size()).stream()
                .filter(EnrolmentPromoted.class::isInstance).map(e -> ((EnrolmentPromoted) e).enrolmentId().toString())
                .collect(Collectors.joining(","));
        if (!promoted.isEmpty()) {
            details.put("promotedEnrolments", promoted);
        }
        return Audit.by(caller, "enrolment.withdrawn", "enrolment", before.id(), roster.cohortId(), details);
    }

    /**
     * Erases a participant from every roster they are on ({@link Roster#erase}), one roster write each, their places
     * withdrawn as of {@code requestedAt}. Repeating it changes nothing: an erased participant's id is on no roster
     * any more.
     *
     * @return how many rosters held something of theirs
     */
    public int erase(String participantId, String formerParticipantId, Instant requestedAt) {
        int rosters = 0;
        for (Roster roster : this.rosters.findByParticipant(participantId)) {
            boolean changed = changeIfAny(roster.cohortId(),
                    fresh -> fresh.erase(participantId, formerParticipantId, requestedAt, clock.instant()));
            rosters += changed ? 1 : 0;
        }
        return rosters;
    }

    /**
     * Anonymises a cohort's enrolments once its retention period ended ({@link Roster#anonymiseAll}), in one write.
     *
     * @return the participants whose enrolments it anonymised; empty when there was no roster or nothing left
     */
    public Set<String> anonymiseCohort(UUID cohortId) {
        Set<String> anonymised = new LinkedHashSet<>();
        changeIfAny(cohortId, fresh -> {
            anonymised.clear();
            anonymised.addAll(fresh.anonymiseAll(ErasedParticipants::formerParticipant));
            return !anonymised.isEmpty();
        });
        return anonymised;
    }

    /** The participants of a cohort's enrolments that are not anonymised yet; empty for a cohort not heard of. */
    public Set<String> participantsOf(UUID cohortId) {
        return rosters.find(cohortId).stream().flatMap(roster -> roster.enrolments().stream())
                .filter(e -> !e.isAnonymised()).map(Enrolment::participantId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** What this service knows of the cohort from trajectory-service; empty for a cohort not heard of. */
    public Optional<CohortTerms> termsOf(UUID cohortId) {
        return rosters.find(cohortId).map(Roster::terms);
    }

    /** The participants who hold a place in the cohort now (confirmed or waitlisted). */
    public Set<String> holdingPlaces(UUID cohortId) {
        return rosters.find(cohortId).stream().flatMap(roster -> roster.enrolments().stream())
                .filter(e -> e.status().holdsPlace()).map(Enrolment::participantId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The participant's enrolment that holds a place in the cohort (confirmed or waitlisted), if they have one. */
    public Optional<EnrolmentDetails> placeOf(String participantId, UUID cohortId) {
        return rosters.find(cohortId).flatMap(roster -> roster.enrolments().stream()
                .filter(e -> e.participantId().equals(participantId) && e.status().holdsPlace()).findFirst()
                .map(e -> EnrolmentDetails.of(roster, e)));
    }

    /** Every enrolment of the participant, newest first: for their export, and to tell whether Koers knows them. */
    public List<EnrolmentDetails> allOf(String participantId) {
        return rosters.findByParticipant(participantId).stream()
                .flatMap(roster -> roster.enrolments().stream()
                        .filter(e -> e.participantId().equals(participantId))
                        .map(e -> EnrolmentDetails.of(roster, e)))
                .sorted(Comparator.comparing((EnrolmentDetails d) -> d.enrolment().enrolledAt()).reversed())
                .toList();
    }

    public EnrolmentDetails get(Caller caller, UUID enrolmentId) {
        Roster roster = visibleRoster(caller, enrolmentId);
        return EnrolmentDetails.of(roster, roster.enrolment(enrolmentId).orElseThrow());
    }

    /** The caller's own enrolments, newest first. */
    public PageView<EnrolmentDetails> mine(Caller caller, Paging paging) {
        return page(allOf(caller.id()), paging);
    }

    /** A cohort's enrolments in the order they came in, optionally of one status. */
    public PageView<EnrolmentDetails> ofCohort(UUID cohortId, Optional<EnrolmentStatus> status, Paging paging) {
        Roster roster = rosters.find(cohortId).orElseThrow(() -> cohortNotFound(cohortId));
        List<EnrolmentDetails> all = roster.enrolments().stream()
                .filter(e -> status.map(s -> e.status() == s).orElse(true))
                .map(e -> EnrolmentDetails.of(roster, e))
                .toList();
        return page(all, paging);
    }

    /**
     * The seats of the given cohorts, in the order asked, for a catalogue page: one read for all of them.
     * Cohorts this service has not heard of are left out rather than refused, as the catalogue may list a
     * cohort whose facts are still on their way here.
     */
    public List<Seats> seats(Collection<UUID> cohortIds) {
        Instant now = clock.instant();
        Map<UUID, Seats> byCohort = rosters.findAll(cohortIds).stream()
                .collect(Collectors.toMap(Roster::cohortId, roster -> roster.seats(now)));
        return cohortIds.stream().distinct().filter(byCohort::containsKey).map(byCohort::get).toList();
    }

    /** Applies cohort facts from trajectory-service; repeated and out-of-date facts change nothing. */
    public void applyCohortFacts(UUID cohortId, long cohortVersion, CohortTerms terms) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Roster> existing = rosters.find(cohortId);
            if (existing.isEmpty()) {
                if (rosters.insert(Roster.of(cohortId, cohortVersion, terms))) {
                    return;
                }
                continue;
            }
            Roster roster = existing.get();
            if (!roster.applyCohortFacts(cohortVersion, terms, clock.instant())) {
                return;
            }
            if (rosters.save(roster)) {
                outboxRelay.publishSoon(Rosters.COLLECTION, cohortId.toString());
                return;
            }
            backOff(attempt);
        }
        throw new IllegalStateException("Roster of cohort " + cohortId + " kept changing; the event will be retried");
    }

    private <T> T change(UUID cohortId, Function<Roster, T> decision) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Roster roster = rosters.find(cohortId).orElseThrow(() -> cohortNotFound(cohortId));
            T result = decision.apply(roster);
            if (rosters.save(roster)) {
                outboxRelay.publishSoon(Rosters.COLLECTION, cohortId.toString());
                return result;
            }
            backOff(attempt);
        }
        throw new Conflict("roster-busy", "Cohort busy",
                "Many people are enrolling in this cohort right now; please try again.");
    }

    /** Like {@link #change}, but stores nothing when the decision says nothing changed. */
    private boolean changeIfAny(UUID cohortId, Predicate<Roster> decision) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Roster> roster = rosters.find(cohortId);
            if (roster.isEmpty() || !decision.test(roster.get())) {
                return false;
            }
            if (rosters.save(roster.get())) {
                outboxRelay.publishSoon(Rosters.COLLECTION, cohortId.toString());
                return true;
            }
            backOff(attempt);
        }
        throw new IllegalStateException("Roster of cohort " + cohortId + " kept changing; the event will be retried");
    }

    private Roster visibleRoster(Caller caller, UUID enrolmentId) {
        return rosters.findByEnrolment(enrolmentId)
                .filter(roster -> caller.manages() || roster.enrolment(enrolmentId)
                        .map(e -> e.participantId().equals(caller.id())).orElse(false))
                // Someone else's enrolment answers as if it did not exist, so its existence does not leak.
                .orElseThrow(() -> new NotFound("enrolment-not-found", "Enrolment not found",
                        "There is no enrolment " + enrolmentId + " of yours."));
    }

    private static NotFound cohortNotFound(UUID cohortId) {
        return new NotFound("cohort-not-found", "Cohort not found",
                "There is no cohort " + cohortId + " open to enrolment here (yet).");
    }

    private static <T> PageView<T> page(List<T> all, Paging paging) {
        int from = Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return PageView.of(all.subList(from, to), paging, all.size());
    }

    private static void backOff(int attempt) {
        try {
            // Random and growing, so that writers that collided do not collide again in lockstep.
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2 + Math.min(attempt, 20) * 2L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
