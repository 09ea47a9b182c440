package nl.koers.enrolment.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.koers.events.EnrolmentPromoted;
import nl.koers.events.EnrolmentWithdrawn;
import org.junit.jupiter.api.Test;

/** Erasing a participant from a roster, and anonymising a roster whose retention ended. */
class RosterErasureTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final UUID COHORT = UUID.randomUUID();
    private static final String FORMER = "former-6f1c";

    private static Roster open(int capacity) {
        return Roster.of(COHORT, 1, new CohortTerms(UUID.randomUUID(), "OPEN", capacity, null, null));
    }

    private static Applicant applicant(int n) {
        return new Applicant("participant" + n, "Deelnemer " + n, "ROC " + n);
    }

    @Test
    void erasureWithdrawsTheSeatAsOfTheRequestSoTheWaitlistMovesUpThenAnonymises() {
        Roster roster = open(1);
        Enrolment erased = roster.enrol(UUID.randomUUID(), applicant(1), "mijn motivatie", NOW.minusSeconds(600));
        Enrolment waiting = roster.enrol(UUID.randomUUID(), applicant(2), null, NOW.minusSeconds(600));
        Instant requested = NOW.minusSeconds(30);

        assertThat(roster.erase("participant1", FORMER, requested, NOW)).isTrue();

        Enrolment after = roster.enrolment(erased.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(after.participantId()).isEqualTo(FORMER);
        assertThat(after.applicant().displayName()).isNull();
        assertThat(after.applicant().institution()).isNull();
        assertThat(after.motivation()).isNull();
        assertThat(after.isAnonymised()).isTrue();
        assertThat(roster.enrolment(waiting.id()).orElseThrow().status()).isEqualTo(EnrolmentStatus.CONFIRMED);
        List<Object> events = List.copyOf(roster.pendingEvents().subList(2, roster.pendingEvents().size()));
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(EnrolmentWithdrawn.class, e -> {
            assertThat(e.participantId()).isEqualTo("participant1");
            assertThat(e.occurredAt()).isEqualTo(requested);
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(EnrolmentPromoted.class,
                e -> assertThat(e.occurredAt()).isEqualTo(NOW));
    }

    @Test
    void erasureAnonymisesEveryEnrolmentOfTheParticipantUnderOneFormerId() {
        Roster roster = open(5);
        Enrolment first = roster.enrol(UUID.randomUUID(), applicant(1), "eerste", NOW);
        roster.withdraw(first.id(), NOW);
        Enrolment second = roster.enrol(UUID.randomUUID(), applicant(1), "tweede", NOW);
        Enrolment other = roster.enrol(UUID.randomUUID(), applicant(2), "van een ander", NOW);

        roster.erase("participant1", FORMER, NOW, NOW);

        assertThat(roster.enrolments()).filteredOn(e -> e.participantId().equals(FORMER)).hasSize(2)
                .allSatisfy(e -> assertThat(e.motivation()).isNull());
        assertThat(roster.enrolment(second.id()).orElseThrow().status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(roster.enrolment(other.id()).orElseThrow()).isEqualTo(other);
        assertThat(roster.erase("participant1", FORMER, NOW, NOW)).isFalse();
    }

    @Test
    void erasureKeepsACompletedEnrolmentCompleted() {
        Roster roster = open(2);
        Enrolment enrolment = roster.enrol(UUID.randomUUID(), applicant(1), null, NOW);
        roster.applyCohortFacts(2, new CohortTerms(null, "COMPLETED", 2, null, null), NOW);

        roster.erase("participant1", FORMER, NOW, NOW);

        assertThat(roster.enrolment(enrolment.id()).orElseThrow().status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(roster.enrolment(enrolment.id()).orElseThrow().isAnonymised()).isTrue();
    }

    @Test
    void retentionAnonymisesEveryoneWithOneFormerIdEachAndWithdrawsNobody() {
        Roster roster = open(1);
        Enrolment first = roster.enrol(UUID.randomUUID(), applicant(1), "eerste", NOW);
        roster.withdraw(first.id(), NOW);
        roster.enrol(UUID.randomUUID(), applicant(1), "tweede", NOW);
        Enrolment waiting = roster.enrol(UUID.randomUUID(), applicant(2), "wacht", NOW);
        roster.applyCohortFacts(2, new CohortTerms(null, "COMPLETED", 1, null, null), NOW);
        int eventsBefore = roster.pendingEvents().size();
        AtomicInteger formers = new AtomicInteger();

        assertThat(roster.anonymiseAll(() -> "former-" + formers.incrementAndGet()))
                .containsExactly("participant1", "participant2");

        assertThat(roster.enrolments()).allSatisfy(e -> {
            assertThat(e.isAnonymised()).isTrue();
            assertThat(e.motivation()).isNull();
            assertThat(e.applicant().displayName()).isNull();
        });
        assertThat(roster.enrolments().stream().map(Enrolment::participantId).distinct()).hasSize(2);
        assertThat(roster.enrolment(waiting.id()).orElseThrow().status()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(roster.pendingEvents()).hasSize(eventsBefore);
        assertThat(roster.anonymiseAll(() -> "former-again")).isEmpty();
    }
}
