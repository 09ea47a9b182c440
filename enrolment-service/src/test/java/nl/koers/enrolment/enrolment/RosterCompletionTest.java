package nl.koers.enrolment.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import nl.koers.defaults.problem.Conflict;
import nl.koers.events.EnrolmentCompleted;
import org.junit.jupiter.api.Test;

class RosterCompletionTest {

    private static final Instant NOW = Instant.parse("2027-07-01T10:00:00Z");
    private static final UUID COHORT = UUID.randomUUID();

    private static Applicant applicant(int n) {
        return new Applicant("participant" + n, "Deelnemer " + n, "ROC " + n);
    }

    private static CohortTerms terms(String status) {
        return new CohortTerms(null, status, 2, null, null);
    }

    /** Two confirmed (one withdrawn later), one waitlisted, at roster version 0 as freshly restored. */
    private static Roster rosterWithEveryStatus(Enrolment[] out) {
        Roster open = Roster.of(COHORT, 1, terms("OPEN"));
        out[0] = open.enrol(UUID.randomUUID(), applicant(1), null, NOW);
        out[1] = open.enrol(UUID.randomUUID(), applicant(2), null, NOW);
        out[2] = open.enrol(UUID.randomUUID(), applicant(3), null, NOW);
        Roster stored = Roster.restore(COHORT, 3, 2, terms("CLOSED"), open.enrolments());
        return stored;
    }

    @Test
    void completingTheCohortCompletesEveryConfirmedEnrolmentInOneChange() {
        Enrolment[] e = new Enrolment[3];
        Roster roster = rosterWithEveryStatus(e);

        assertThat(roster.applyCohortFacts(3, terms("COMPLETED"), NOW)).isTrue();

        assertThat(roster.enrolment(e[0].id()).orElseThrow().status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(roster.enrolment(e[1].id()).orElseThrow().status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(roster.pendingEvents()).hasSize(2).allSatisfy(event -> assertThat(event)
                .isInstanceOfSatisfying(EnrolmentCompleted.class, c -> {
                    assertThat(c.rosterVersion()).isEqualTo(4);
                    assertThat(c.cohortId()).isEqualTo(COHORT);
                }));
    }

    @Test
    void waitlistedEnrolmentsStayWaitlistedAndAreNotPromotedIntoTheFreedSeats() {
        Enrolment[] e = new Enrolment[3];
        Roster roster = rosterWithEveryStatus(e);

        roster.applyCohortFacts(3, terms("COMPLETED"), NOW);

        assertThat(roster.enrolment(e[2].id()).orElseThrow().status()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(roster.waitlistPosition(roster.enrolment(e[2].id()).orElseThrow())).contains(1);
    }

    @Test
    void aCompletedEnrolmentCannotBeWithdrawnButAWaitlistedOneCan() {
        Enrolment[] e = new Enrolment[3];
        Roster roster = rosterWithEveryStatus(e);
        roster.applyCohortFacts(3, terms("COMPLETED"), NOW);

        assertThatThrownBy(() -> roster.withdraw(e[0].id(), NOW)).isInstanceOf(Conflict.class)
                .hasMessageContaining("completed");
        assertThat(roster.withdraw(e[2].id(), NOW).status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
    }

    @Test
    void aRepeatedCompletionChangesNothing() {
        Enrolment[] e = new Enrolment[3];
        Roster roster = rosterWithEveryStatus(e);
        roster.applyCohortFacts(3, terms("COMPLETED"), NOW);
        Roster stored = Roster.restore(COHORT, 4, 3, roster.terms(), roster.enrolments());

        assertThat(stored.applyCohortFacts(3, terms("COMPLETED"), NOW)).isFalse();
        assertThat(stored.pendingEvents()).isEmpty();
    }

    @Test
    void aCompletedEnrolmentHoldsNoPlace() {
        assertThat(EnrolmentStatus.COMPLETED.holdsPlace()).isFalse();
    }
}
