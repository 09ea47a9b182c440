package nl.koers.enrolment.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.koers.events.InvitationIssued;
import org.junit.jupiter.api.Test;

class InvitationRulesTest {

    private static ListedPerson person(long line, String email, String sector) {
        return new ListedPerson(line, "Naam " + line, email, "ROC", sector, "");
    }

    @Test
    void aGoodRowIsInvited() {
        assertThat(InvitationRules.check(List.of(person(2, "anne@school.nl", "mbo")), Set.of(), Set.of()))
                .singleElement().satisfies(row -> {
                    assertThat(row.outcome()).isEqualTo(RowOutcome.INVITE);
                    assertThat(row.problems()).isEmpty();
                });
    }

    @Test
    void aBadAddressIsRejected() {
        for (String bad : List.of("anne", "anne@", "@school.nl", "anne@school", "anne de vries@school.nl",
                "anne@@school.nl")) {
            assertThat(InvitationRules.check(List.of(person(2, bad, "MBO")), Set.of(), Set.of()))
                    .as(bad).singleElement().satisfies(row -> {
                        assertThat(row.outcome()).isEqualTo(RowOutcome.REJECTED);
                        assertThat(row.problems()).containsExactly(
                                new RowProblem("email", "email-invalid", "is not an e-mail address"));
                    });
        }
    }

    @Test
    void anUnknownSectorIsRejected() {
        assertThat(InvitationRules.check(List.of(person(2, "anne@school.nl", "WO")), Set.of(), Set.of()))
                .singleElement().satisfies(row -> {
                    assertThat(row.outcome()).isEqualTo(RowOutcome.REJECTED);
                    assertThat(row.problems()).extracting(RowProblem::field, RowProblem::code)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("sector", "sector-unknown"));
                });
    }

    @Test
    void emptyAndTooLongCellsAreNamed() {
        ListedPerson row = new ListedPerson(2, "", "anne@school.nl", "x".repeat(201), "", "y".repeat(101));

        assertThat(InvitationRules.check(List.of(row), Set.of(), Set.of()).getFirst().problems())
                .extracting(RowProblem::field, RowProblem::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name", "required"),
                        org.assertj.core.groups.Tuple.tuple("institution", "too-long"),
                        org.assertj.core.groups.Tuple.tuple("sector", "required"),
                        org.assertj.core.groups.Tuple.tuple("function", "too-long"));
    }

    @Test
    void theSameAddressLaterInTheFileIsADuplicateWhateverItsCase() {
        List<CheckedRow> rows = InvitationRules.check(List.of(person(2, "anne@school.nl", "MBO"),
                person(3, "Anne@School.NL", "MBO")), Set.of(), Set.of());

        assertThat(rows).extracting(CheckedRow::outcome).containsExactly(RowOutcome.INVITE, RowOutcome.REJECTED);
        assertThat(rows.get(1).problems()).extracting(RowProblem::code).containsExactly("duplicate");
    }

    @Test
    void addressesInvitedOrEnrolledBeforeAreNotInvitedAgain() {
        List<CheckedRow> rows = InvitationRules.check(List.of(person(2, "ANNE@school.nl", "MBO"),
                person(3, "bram@school.nl", "VO")), Set.of("anne@school.nl"), Set.of("bram@school.nl"));

        assertThat(rows).extracting(CheckedRow::outcome)
                .containsExactly(RowOutcome.ALREADY_INVITED, RowOutcome.ALREADY_ENROLLED);
    }

    @Test
    void issuingInvitesEachAddressOncePerCohortAndStoresOnlyTheTokensHash() {
        UUID cohort = UUID.randomUUID();
        Instant now = Instant.parse("2031-01-10T09:00:00Z");
        Instant closes = Instant.parse("2031-01-20T09:00:00Z");
        CohortInvitations invitations = CohortInvitations.none(cohort);
        List<CheckedRow> rows = InvitationRules.check(List.of(person(2, "anne@school.nl", "MBO"),
                person(3, "bram@school.nl", "WO")), Set.of(), Set.of());

        List<CohortInvitations.Issued> first = invitations.issue(UUID.randomUUID(), rows, now, closes);
        List<CohortInvitations.Issued> again = invitations.issue(UUID.randomUUID(), rows, now, closes);

        assertThat(first).singleElement().satisfies(issued -> {
            assertThat(issued.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(issued.invitation().tokenHash()).isEqualTo(InvitationToken.hash(issued.token()))
                    .isNotEqualTo(issued.token());
            assertThat(issued.invitation().expiresAt()).as("the enrolment close comes first").isEqualTo(closes);
        });
        assertThat(again).isEmpty();
        assertThat(invitations.pendingEvents()).singleElement().isInstanceOfSatisfying(InvitationIssued.class,
                e -> assertThat(e.token()).isEqualTo(first.getFirst().token()));
    }

    @Test
    void anAddressWhoseInvitationExpiredUnusedIsInvitedAnewInItsPlace() {
        Instant now = Instant.parse("2031-01-10T09:00:00Z");
        Instant later = now.plus(Invitation.VALID_FOR).plusSeconds(1);
        CohortInvitations invitations = CohortInvitations.none(UUID.randomUUID());
        List<CheckedRow> rows = InvitationRules.check(List.of(person(2, "anne@school.nl", "MBO")), Set.of(),
                Set.of());
        Invitation expired = invitations.issue(UUID.randomUUID(), rows, now, null).getFirst().invitation();
        assertThat(invitations.invitedAddresses(now)).containsExactly("anne@school.nl");
        assertThat(invitations.invitedAddresses(later)).as("an expired link holds no address").isEmpty();

        List<CohortInvitations.Issued> renewed = invitations.issue(UUID.randomUUID(), rows, later, null);

        assertThat(renewed).singleElement().satisfies(issued -> {
            assertThat(issued.invitation().id()).isNotEqualTo(expired.id());
            assertThat(issued.invitation().expiresAt()).isEqualTo(later.plus(Invitation.VALID_FOR));
        });
        assertThat(invitations.invitations()).as("one invitation per address").singleElement()
                .isEqualTo(renewed.getFirst().invitation());
        assertThat(invitations.tombstones()).containsExactly(expired.id().toString());
        assertThat(invitations.issue(UUID.randomUUID(), rows, later, null)).as("the new one holds the address")
                .isEmpty();
    }

    @Test
    void anAcceptedInvitationHoldsItsAddressAfterItsLinkExpired() {
        Instant now = Instant.parse("2031-01-10T09:00:00Z");
        Instant later = now.plus(Invitation.VALID_FOR).plusSeconds(1);
        CohortInvitations invitations = CohortInvitations.none(UUID.randomUUID());
        List<CheckedRow> rows = InvitationRules.check(List.of(person(2, "anne@school.nl", "MBO")), Set.of(),
                Set.of());
        Invitation invitation = invitations.issue(UUID.randomUUID(), rows, now, null).getFirst().invitation();
        invitations.claim(invitation.id(), "participant71");
        invitations.accept(invitation.id(), UUID.randomUUID(), now.plusSeconds(60));

        assertThat(invitations.invitedAddresses(later)).containsExactly("anne@school.nl");
        assertThat(invitations.issue(UUID.randomUUID(), rows, later, null)).isEmpty();
    }

    @Test
    void aLinkWorksThirtyDaysAtMost() {
        Instant now = Instant.parse("2031-01-10T09:00:00Z");
        CohortInvitations invitations = CohortInvitations.none(UUID.randomUUID());
        List<CheckedRow> rows = InvitationRules.check(List.of(person(2, "anne@school.nl", "MBO")), Set.of(),
                Set.of());

        Invitation invitation = invitations.issue(UUID.randomUUID(), rows, now, null).getFirst().invitation();

        assertThat(invitation.expiresAt()).isEqualTo(now.plus(Invitation.VALID_FOR));
        assertThat(invitation.status(now.plus(Invitation.VALID_FOR))).isEqualTo(Invitation.Status.EXPIRED);
        assertThat(invitation.status(now)).isEqualTo(Invitation.Status.INVITED);
    }
}
