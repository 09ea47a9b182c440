package nl.koers.enrolment.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.defaults.web.Paging;
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
            fresh.withdraw(enrolmentId, clock.instant());
            return EnrolmentDetails.of(fresh, fresh.enrolment(enrolmentId).orElseThrow());
        });
    }

    public EnrolmentDetails get(Caller caller, UUID enrolmentId) {
        Roster roster = visibleRoster(caller, enrolmentId);
        return EnrolmentDetails.of(roster, roster.enrolment(enrolmentId).orElseThrow());
    }

    /** The caller's own enrolments, newest first. */
    public PageView<EnrolmentDetails> mine(Caller caller, Paging paging) {
        List<EnrolmentDetails> all = rosters.findByParticipant(caller.id()).stream()
                .flatMap(roster -> roster.enrolments().stream()
                        .filter(e -> e.participantId().equals(caller.id()))
                        .map(e -> EnrolmentDetails.of(roster, e)))
                .sorted(Comparator.comparing((EnrolmentDetails d) -> d.enrolment().enrolledAt()).reversed())
                .toList();
        return page(all, paging);
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
