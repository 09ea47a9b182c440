package nl.koers.enrolment.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.NotFound;
import nl.koers.events.EnrolmentConfirmed;
import nl.koers.events.EnrolmentPromoted;
import nl.koers.events.EnrolmentWaitlisted;
import nl.koers.events.EnrolmentWithdrawn;
import org.junit.jupiter.api.Test;

class RosterTest {

    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private static final UUID COHORT = UUID.randomUUID();

    private static Roster roster(String status, int capacity) {
        return Roster.of(COHORT, 1, new CohortTerms(UUID.randomUUID(), status, capacity, null, null));
    }

    private static Applicant applicant(int n) {
        return new Applicant("participant" + n, "Deelnemer " + n, "ROC " + n);
    }

    @Test
    void confirmsWhenSeatsAreLeft() {
        Roster roster = roster("OPEN", 2);

        Enrolment enrolment = roster.enrol(UUID.randomUUID(), applicant(1), "groei", NOW);

        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(roster.waitlistPosition(enrolment)).isEmpty();
        assertThat(roster.pendingEvents()).singleElement().isInstanceOfSatisfying(EnrolmentConfirmed.class,
                e -> assertThat(e.rosterVersion()).isEqualTo(1));
    }

    @Test
    void waitlistsInOrderWhenCohortIsFull() {
        Roster roster = roster("OPEN", 1);
        roster.enrol(UUID.randomUUID(), applicant(1), null, NOW);

        Enrolment second = roster.enrol(UUID.randomUUID(), applicant(2), null, NOW);
        Enrolment third = roster.enrol(UUID.randomUUID(), applicant(3), null, NOW);

        assertThat(second.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(roster.waitlistPosition(second)).contains(1);
        assertThat(roster.waitlistPosition(third)).contains(2);
        assertThat(roster.pendingEvents().get(2)).isInstanceOfSatisfying(EnrolmentWaitlisted.class,
                e -> assertThat(e.waitlistPosition()).isEqualTo(2));
    }

    @Test
    void refusesASecondPlaceForTheSameParticipant() {
        Roster roster = roster("OPEN", 5);
        roster.enrol(UUID.randomUUID(), applicant(1), null, NOW);

        assertThatThrownBy(() -> roster.enrol(UUID.randomUUID(), applicant(1), null, NOW))
                .isInstanceOf(Conflict.class).hasMessageContaining("already have an enrolment");
    }

    @Test
    void letsAWithdrawnParticipantEnrolAgain() {
        Roster roster = roster("OPEN", 5);
        Enrolment first = roster.enrol(UUID.randomUUID(), applicant(1), null, NOW);
        roster.withdraw(first.id(), NOW);

        assertThat(roster.enrol(UUID.randomUUID(), applicant(1), null, NOW).status())
                .isEqualTo(EnrolmentStatus.CONFIRMED);
    }

    @Test
    void refusesAParticipantWhoEnrolledTooOftenInTheSameCohort() {
        Roster roster = roster("OPEN", 5);
        for (int i = 0; i < Roster.MAX_ENROLMENTS_PER_PARTICIPANT; i++) {
            roster.withdraw(roster.enrol(UUID.randomUUID(), applicant(1), null, NOW).id(), NOW);
        }

        assertThatThrownBy(() -> roster.enrol(UUID.randomUUID(), applicant(1), null, NOW))
                .isInstanceOf(Conflict.class).hasMessageContaining("10 times already");
        assertThat(roster.enrol(UUID.randomUUID(), applicant(2), null, NOW).status())
                .isEqualTo(EnrolmentStatus.CONFIRMED);
    }

    @Test
    void withdrawalPromotesTheFirstWaitlistedInTheSameChange() {
        Roster roster = roster("OPEN", 1);
        Enrolment confirmed = roster.enrol(UUID.randomUUID(), applicant(1), null, NOW);
        Enrolment next = roster.enrol(UUID.randomUUID(), applicant(2), null, NOW);
        Enrolment later = roster.enrol(UUID.randomUUID(), applicant(3), null, NOW);

        roster.withdraw(confirmed.id(), NOW);

        assertThat(roster.enrolment(confirmed.id()).orElseThrow().status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(roster.enrolment(next.id()).orElseThrow().status()).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(roster.waitlistPosition(roster.enrolment(later.id()).orElseThrow())).contains(1);
        assertThat(roster.pendingEvents()).hasSize(5);
        assertThat(roster.pendingEvents().get(3)).isInstanceOf(EnrolmentWithdrawn.class);
        assertThat(roster.pendingEvents().get(4)).isInstanceOfSatisfying(EnrolmentPromoted.class,
                e -> assertThat(e.enrolmentId()).isEqualTo(next.id()));
    }

    @Test
    void withdrawingFromTheWaitlistMovesTheOthersUp() {
        Roster roster = roster("OPEN", 1);
        roster.enrol(UUID.randomUUID(), applicant(1), null, NOW);
        Enrolment second = roster.enrol(UUID.randomUUID(), applicant(2), null, NOW);
        Enrolment third = roster.enrol(UUID.randomUUID(), applicant(3), null, NOW);

        roster.withdraw(second.id(), NOW);

        assertThat(roster.waitlistPosition(roster.enrolment(third.id()).orElseThrow())).contains(1);
        assertThat(roster.pendingEvents()).last().isInstanceOf(EnrolmentWithdrawn.class);
    }

    @Test
    void refusesToWithdrawTwice() {
        Roster roster = roster("OPEN", 1);
        Enrolment enrolment = roster.enrol(UUID.randomUUID(), applicant(1), null, NOW);
        roster.withdraw(enrolment.id(), NOW);

        assertThatThrownBy(() -> roster.withdraw(enrolment.id(), NOW)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> roster.withdraw(UUID.randomUUID(), NOW)).isInstanceOf(NotFound.class);
    }

    @Test
    void refusesEnrolmentUnlessTheCohortIsOpen() {
        for (String status : new String[] {"PLANNED", "CLOSED", "CANCELLED"}) {
            assertThatThrownBy(() -> roster(status, 5).enrol(UUID.randomUUID(), applicant(1), null, NOW))
                    .isInstanceOf(Conflict.class).hasMessageContaining(status);
        }
    }

    @Test
    void refusesEnrolmentOutsideTheEnrolmentWindow() {
        Roster early = Roster.of(COHORT, 1, new CohortTerms(null, "OPEN", 5, NOW.plusSeconds(60), null));
        Roster late = Roster.of(COHORT, 1, new CohortTerms(null, "OPEN", 5, null, NOW));

        assertThatThrownBy(() -> early.enrol(UUID.randomUUID(), applicant(1), null, NOW))
                .isInstanceOf(Conflict.class).hasMessageContaining("opens at");
        assertThatThrownBy(() -> late.enrol(UUID.randomUUID(), applicant(1), null, NOW))
                .isInstanceOf(Conflict.class).hasMessageContaining("closed at");
    }

    @Test
    void ignoresRepeatedAndOutdatedCohortFacts() {
        Roster roster = Roster.of(COHORT, 3, new CohortTerms(null, "OPEN", 5, null, null));

        assertThat(roster.applyCohortFacts(3, new CohortTerms(null, "CLOSED", 5, null, null), NOW)).isFalse();
        assertThat(roster.applyCohortFacts(2, new CohortTerms(null, "CLOSED", 5, null, null), NOW)).isFalse();
        assertThat(roster.terms().status()).isEqualTo("OPEN");
        assertThat(roster.applyCohortFacts(4, new CohortTerms(null, "CLOSED", 5, null, null), NOW)).isTrue();
        assertThat(roster.terms().status()).isEqualTo("CLOSED");
    }

    @Test
    void moreCapacityPromotesWaitlistedParticipants() {
        Roster roster = roster("OPEN", 1);
        roster.enrol(UUID.randomUUID(), applicant(1), null, NOW);
        Enrolment waiting = roster.enrol(UUID.randomUUID(), applicant(2), null, NOW);

        roster.applyCohortFacts(2, new CohortTerms(null, "OPEN", 2, null, null), NOW);

        assertThat(roster.enrolment(waiting.id()).orElseThrow().status()).isEqualTo(EnrolmentStatus.CONFIRMED);
    }

    @Test
    void aCancelledCohortPromotesNobody() {
        Roster roster = roster("OPEN", 1);
        Enrolment confirmed = roster.enrol(UUID.randomUUID(), applicant(1), null, NOW);
        Enrolment waiting = roster.enrol(UUID.randomUUID(), applicant(2), null, NOW);
        roster.applyCohortFacts(2, new CohortTerms(null, "CANCELLED", 1, null, null), NOW);

        roster.withdraw(confirmed.id(), NOW);

        assertThat(roster.enrolment(waiting.id()).orElseThrow().status()).isEqualTo(EnrolmentStatus.WAITLISTED);
    }
}
