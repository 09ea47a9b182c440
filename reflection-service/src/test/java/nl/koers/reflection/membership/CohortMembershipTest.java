package nl.koers.reflection.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.problem.Forbidden;
import org.junit.jupiter.api.Test;

class CohortMembershipTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private final CohortMembership membership = new CohortMembership(UUID.randomUUID(), UUID.randomUUID(), "OPEN",
            Set.of("fac-1"),
            Map.of("p-ann", MemberStatus.CONFIRMED, "p-bea", MemberStatus.WAITLISTED, "p-cas", MemberStatus.WITHDRAWN,
                    "p-eva", MemberStatus.COMPLETED),
            List.of());

    @Test
    void letsAConfirmedParticipantWrite() {
        assertThat(membership.mayWrite("p-ann")).isTrue();
    }

    @Test
    void letsAParticipantWhoCompletedTheCohortKeepWritingAndReadingWhatTheCohortShares() {
        assertThat(membership.mayWrite("p-eva")).isTrue();
        assertThat(membership.maySee("p-eva", Set.of("p-ann"), Visibility.COHORT)).isTrue();
        assertThat(membership.maySee("p-eva", Set.of("p-ann"), Visibility.FACILITATORS)).isFalse();
    }

    @Test
    void refusesAWaitlistedParticipant() {
        assertThat(membership.mayWrite("p-bea")).isFalse();
    }

    @Test
    void refusesAParticipantWhoWithdrew() {
        assertThat(membership.mayWrite("p-cas")).isFalse();
    }

    @Test
    void refusesSomeoneNotEnrolled() {
        assertThat(membership.mayWrite("p-dirk")).isFalse();
    }

    @Test
    void knowsItsFacilitators() {
        assertThat(membership.isFacilitator("fac-1")).isTrue();
        assertThat(membership.isFacilitator("fac-2")).isFalse();
        assertThat(membership.isFacilitator("p-ann")).isFalse();
    }

    @Test
    void refusesEverythingForACohortNotHeardOfYet() {
        CohortMembership unknown = CohortMembership.unknown(UUID.randomUUID());

        assertThat(unknown.mayWrite("p-ann")).isFalse();
        assertThat(unknown.isFacilitator("fac-1")).isFalse();
        assertThat(unknown.status()).isNull();
    }

    @Test
    void letsOwnersReadTheirOwnWhateverTheVisibilityOrTheirStatus() {
        assertThat(membership.maySee("p-cas", Set.of("p-cas"), Visibility.PRIVATE)).isTrue();
        assertThat(membership.maySee("p-dirk", Set.of("p-dirk"), Visibility.PRIVATE)).isTrue();
    }

    @Test
    void showsAPrivateRecordToNobodyButItsOwners() {
        assertThat(membership.maySee("p-ann", Set.of("p-other"), Visibility.PRIVATE)).isFalse();
        assertThat(membership.maySee("fac-1", Set.of("p-other"), Visibility.PRIVATE)).isFalse();
    }

    @Test
    void showsWhatIsSharedWithFacilitatorsToTheCohortsFacilitatorsOnly() {
        assertThat(membership.maySee("fac-1", Set.of("p-ann"), Visibility.FACILITATORS)).isTrue();
        assertThat(membership.maySee("fac-2", Set.of("p-ann"), Visibility.FACILITATORS)).isFalse();
        assertThat(membership.maySee("p-other", Set.of("p-ann"), Visibility.FACILITATORS)).isFalse();
    }

    @Test
    void showsWhatIsSharedWithTheCohortToConfirmedParticipantsAndFacilitatorsOnly() {
        assertThat(membership.maySee("fac-1", Set.of("p-x"), Visibility.COHORT)).isTrue();
        assertThat(membership.maySee("p-ann", Set.of("p-x"), Visibility.COHORT)).isTrue();
        assertThat(membership.maySee("p-bea", Set.of("p-x"), Visibility.COHORT)).isFalse();
        assertThat(membership.maySee("p-cas", Set.of("p-x"), Visibility.COHORT)).isFalse();
        assertThat(membership.maySee("organiser", Set.of("p-x"), Visibility.COHORT)).isFalse();
    }

    @Test
    void refusesAWriterWhoIsNotConfirmedWithTheSameProblemAsBefore() {
        assertThatThrownBy(() -> membership.requireWriter("p-cas")).isInstanceOfSatisfying(Forbidden.class, e -> {
            assertThat(e.code()).isEqualTo("not-a-confirmed-participant");
            assertThat(e.title()).isEqualTo("Not a confirmed participant");
            assertThat(e.getMessage()).contains("confirmed participants of cohort " + membership.cohortId());
        });
    }

    @Test
    void isOverOnlyAfterTheEndOfTheLastSessionThatTakesPlace() {
        UUID cohort = UUID.randomUUID();
        CohortSession first = session(1, NOW.minusSeconds(7200), false);
        CohortSession cancelledLast = session(3, NOW.plusSeconds(7200), true);

        assertThat(withSessions(cohort, List.of(first, cancelledLast)).isOver(NOW)).isTrue();
        assertThat(withSessions(cohort, List.of(first, session(2, NOW.plusSeconds(60), false))).isOver(NOW)).isFalse();
        assertThat(withSessions(cohort, List.of(cancelledLast)).isOver(NOW)).isFalse();
        assertThat(withSessions(cohort, List.of()).isOver(NOW)).isFalse();
    }

    @Test
    void isOverOnceTheOrganiserCompletedItWhateverItsSessions() {
        UUID cohort = UUID.randomUUID();
        CohortSession upcoming = session(2, NOW.plusSeconds(7200), false);

        assertThat(completed(cohort, List.of()).isOver(NOW)).isTrue();
        assertThat(completed(cohort, List.of(upcoming)).isOver(NOW)).isTrue();
        assertThat(withSessions(cohort, List.of(upcoming)).isOver(NOW)).isFalse();
        assertThat(new CohortMembership(cohort, null, "CANCELLED", Set.of(), Map.of(), List.of()).isOver(NOW)).isFalse();
    }

    private static CohortMembership completed(UUID cohort, List<CohortSession> sessions) {
        return new CohortMembership(cohort, null, CohortMembership.COMPLETED, Set.of(), Map.of(), sessions);
    }

    private static CohortSession session(int sequence, Instant endsAt, boolean cancelled) {
        return new CohortSession(UUID.randomUUID(), sequence, endsAt.minusSeconds(3600), endsAt, cancelled);
    }

    private static CohortMembership withSessions(UUID cohort, List<CohortSession> sessions) {
        return new CohortMembership(cohort, null, "OPEN", Set.of(), Map.of(), sessions);
    }
}
