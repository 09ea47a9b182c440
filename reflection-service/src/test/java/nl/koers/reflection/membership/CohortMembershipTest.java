package nl.koers.reflection.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CohortMembershipTest {

    private final CohortMembership membership = new CohortMembership(UUID.randomUUID(), "OPEN", Set.of("fac-1"),
            Map.of("p-ann", MemberStatus.CONFIRMED, "p-bea", MemberStatus.WAITLISTED, "p-cas", MemberStatus.WITHDRAWN));

    @Test
    void letsAConfirmedParticipantWrite() {
        assertThat(membership.mayWrite("p-ann")).isTrue();
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
}
