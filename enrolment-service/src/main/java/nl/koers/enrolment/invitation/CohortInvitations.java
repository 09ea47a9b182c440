package nl.koers.enrolment.invitation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.koers.events.AuditEntry;
import nl.koers.events.DomainEvent;
import nl.koers.events.EnrolmentActionAudited;
import nl.koers.events.InvitationIssued;

/**
 * Every invitation to one cohort, kept together as one aggregate so that "an address is invited once per cohort"
 * is decided on everything invited so far and stored in one version-checked write: two confirmations at the same
 * moment cannot both invite the same address, and the {@link InvitationIssued} events travel in that same write.
 */
public final class CohortInvitations {

    /** An invitation issued by a change, with the raw token that only its event carries. */
    public record Issued(Invitation invitation, String token) {
    }

    private final UUID cohortId;
    private final long version;
    private final List<Invitation> invitations;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();
    private final List<String> tombstones = new ArrayList<>();

    private CohortInvitations(UUID cohortId, long version, List<Invitation> invitations) {
        this.cohortId = cohortId;
        this.version = version;
        this.invitations = new ArrayList<>(invitations);
    }

    /** A cohort nobody was invited to yet: version 0, stored by its first change. */
    public static CohortInvitations none(UUID cohortId) {
        return new CohortInvitations(cohortId, 0, List.of());
    }

    public static CohortInvitations restore(UUID cohortId, long version, List<Invitation> invitations) {
        return new CohortInvitations(cohortId, version, invitations);
    }

    /**
     * The addresses that hold an invitation to the cohort at {@code now}, compared as {@link InvitationRules#address}
     * does: accepted ones, and those whose link still works. An invitation that expired unused does not count, so
     * the organiser can invite that address again (the invitee's page tells them to ask for a new invitation);
     * erased ones are gone.
     */
    public Set<String> invitedAddresses(Instant now) {
        return invitations.stream().filter(i -> i.email() != null && i.status(now) != Invitation.Status.EXPIRED)
                .map(i -> InvitationRules.address(i.email())).collect(Collectors.toSet());
    }

    /**
     * Invites the rows that are fine and whose address is not invited yet, this very moment: a row checked as
     * INVITE at upload may have been invited by another list since. An address whose earlier invitation expired
     * unused gets a new one in its place: the old one is removed and its record on the topic gets a tombstone, so
     * the cohort keeps one invitation per address.
     *
     * @param enrolmentClosesAt the cohort's enrolment close, or null: the link works until then, 30 days at most
     */
    public List<Issued> issue(UUID uploadId, List<CheckedRow> rows, Instant now, Instant enrolmentClosesAt) {
        Set<String> invited = invitedAddresses(now);
        Instant expiresAt = now.plus(Invitation.VALID_FOR);
        if (enrolmentClosesAt != null && enrolmentClosesAt.isBefore(expiresAt)) {
            expiresAt = enrolmentClosesAt;
        }
        List<Issued> issued = new ArrayList<>();
        for (CheckedRow row : rows) {
            if (row.outcome() != RowOutcome.INVITE || !invited.add(row.address())) {
                continue;
            }
            replaceExpired(row.address(), now);
            String token = InvitationToken.newToken();
            Invitation invitation = new Invitation(UUID.randomUUID(), cohortId, uploadId, row.name(), row.email(),
                    row.institution(), InvitationRules.sector(row.sector()).orElseThrow(),
                    row.function().isBlank() ? null : row.function(), InvitationToken.hash(token), now, expiresAt,
                    null, null, null);
            invitations.add(invitation);
            pendingEvents.add(new InvitationIssued(UUID.randomUUID(), now, invitation.id(), cohortId, row.email(),
                    row.name(), token, expiresAt));
            issued.add(new Issued(invitation, token));
        }
        return issued;
    }

    public Optional<Invitation> byTokenHash(String tokenHash) {
        return invitations.stream().filter(i -> tokenHash.equals(i.tokenHash())).findFirst();
    }

    /** Claims the invitation for the participant before they are enrolled; false if someone else holds it. */
    public boolean claim(UUID invitationId, String participantId) {
        Invitation invitation = get(invitationId);
        if (invitation.acceptedBy() != null) {
            return invitation.acceptedBy().equals(participantId);
        }
        replace(invitation.claimedBy(participantId));
        return true;
    }

    /** Gives up a claim whose enrolment was refused (say the window closed): the link stays usable. */
    public boolean release(UUID invitationId, String participantId) {
        Invitation invitation = get(invitationId);
        if (invitation.isAccepted() || !participantId.equals(invitation.acceptedBy())) {
            return false;
        }
        replace(invitation.claimedBy(null));
        return true;
    }

    /** The participant is enrolled: the invitation is used, and its record leaves the topic (tombstone). */
    public boolean accept(UUID invitationId, UUID enrolmentId, Instant now) {
        Invitation invitation = get(invitationId);
        if (invitation.isAccepted()) {
            return false;
        }
        replace(invitation.accepted(enrolmentId, now));
        tombstones.add(invitationId.toString());
        return true;
    }

    /** An erased participant's accepted invitations keep no name or address; true if there were any. */
    public boolean erase(String participantId, String formerParticipantId) {
        boolean changed = false;
        for (Invitation invitation : List.copyOf(invitations)) {
            if (participantId.equals(invitation.acceptedBy())) {
                replace(invitation.erased(formerParticipantId));
                changed = true;
            }
        }
        return changed;
    }

    /** The cohort's retention ended: every invitation goes, each key gets its tombstone. */
    public boolean expireAll() {
        if (invitations.isEmpty()) {
            return false;
        }
        invitations.forEach(i -> tombstones.add(i.id().toString()));
        invitations.clear();
        return true;
    }

    public void audit(AuditEntry entry, Instant now) {
        pendingEvents.add(new EnrolmentActionAudited(UUID.randomUUID(), now, entry));
    }

    private void replaceExpired(String address, Instant now) {
        invitations.removeIf(i -> {
            boolean expired = i.email() != null && InvitationRules.address(i.email()).equals(address)
                    && i.status(now) == Invitation.Status.EXPIRED;
            if (expired) {
                tombstones.add(i.id().toString());
            }
            return expired;
        });
    }

    private Invitation get(UUID invitationId) {
        return invitations.stream().filter(i -> i.id().equals(invitationId)).findFirst().orElseThrow();
    }

    private void replace(Invitation changed) {
        invitations.replaceAll(i -> i.id().equals(changed.id()) ? changed : i);
    }

    public UUID cohortId() {
        return cohortId;
    }

    /** The version read; 0 when nothing is stored yet. */
    public long version() {
        return version;
    }

    public List<Invitation> invitations() {
        return List.copyOf(invitations);
    }

    public List<DomainEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    /** Invitation ids whose records on the compacted topic get a tombstone in this write. */
    public List<String> tombstones() {
        return List.copyOf(tombstones);
    }
}
