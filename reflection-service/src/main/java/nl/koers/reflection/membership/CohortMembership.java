package nl.koers.reflection.membership;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.problem.Forbidden;

/**
 * Who belongs to one cohort and when it meets, as far as this service has heard: its participants with their
 * status, its facilitators, its trajectory and its sessions. The rules every feature asks before letting
 * someone write or read live here. A cohort not heard of yet has no members and no facilitators, so every
 * rule answers no until the facts arrive.
 *
 * @param status       the cohort's status as trajectory-service last reported it, or null when not heard of yet
 * @param trajectoryId null until a cohort event arrived
 */
public record CohortMembership(UUID cohortId, UUID trajectoryId, String status, Set<String> facilitatorIds,
                               Map<String, MemberStatus> members, List<CohortSession> sessions) {

    /** trajectory-service's status of a cohort whose run the organiser declared over. */
    public static final String COMPLETED = "COMPLETED";

    public CohortMembership {
        facilitatorIds = Set.copyOf(facilitatorIds);
        members = Map.copyOf(members);
        sessions = sessions.stream().sorted(Comparator.comparingInt(CohortSession::sequence)).toList();
    }

    public static CohortMembership unknown(UUID cohortId) {
        return new CohortMembership(cohortId, null, null, Set.of(), Map.of(), List.of());
    }

    /**
     * Only a participant with a seat writes in a cohort: a confirmed one, or one who completed it; not one on the
     * waitlist, nor one who withdrew. Completing keeps every right a confirmed participant had: the cycle of an
     * intervention (feedback, next steps) and the final reflection often come after the last session, and the
     * evaluation of the trajectory comes precisely then.
     */
    public boolean mayWrite(String participantId) {
        return statusOf(participantId).filter(MemberStatus::tookASeat).isPresent();
    }

    /** @throws Forbidden unless {@link #mayWrite} */
    public void requireWriter(String participantId) {
        if (!mayWrite(participantId)) {
            throw new Forbidden("not-a-confirmed-participant", "Not a confirmed participant",
                    "Only confirmed participants of cohort " + cohortId + " write here, and you are not one"
                            + " (or your enrolment has not reached this service yet).");
        }
    }

    public boolean isFacilitator(String userId) {
        return facilitatorIds.contains(userId);
    }

    public Optional<MemberStatus> statusOf(String participantId) {
        return Optional.ofNullable(members.get(participantId));
    }

    /** Whether trajectory-service has told about this cohort at all. */
    public boolean isKnown() {
        return status != null;
    }

    /**
     * The visibilities of other people's records this user may read: a facilitator those shared with
     * facilitators or the cohort, a confirmed participant those shared with the cohort, anyone else none.
     * Owners always read their own records; that is not a matter of visibility.
     */
    public Set<Visibility> sharedWith(String userId) {
        if (isFacilitator(userId)) {
            return EnumSet.of(Visibility.FACILITATORS, Visibility.COHORT);
        }
        if (mayWrite(userId)) {
            return EnumSet.of(Visibility.COHORT);
        }
        return EnumSet.noneOf(Visibility.class);
    }

    /** Whether {@code userId} may read a record of this cohort owned by {@code ownerIds} and shared this widely. */
    public boolean maySee(String userId, Set<String> ownerIds, Visibility visibility) {
        return ownerIds.contains(userId) || sharedWith(userId).contains(visibility);
    }

    public Optional<CohortSession> session(UUID sessionId) {
        return sessions.stream().filter(s -> s.sessionId().equals(sessionId)).findFirst();
    }

    /** When the last session that still takes place ends; empty while no such session is known. */
    public Optional<Instant> lastSessionEndsAt() {
        return sessions.stream().filter(s -> !s.cancelled()).map(CohortSession::endsAt).max(Comparator.naturalOrder());
    }

    /** Whether the organiser completed the cohort: trajectory-service's word that its run is over. */
    public boolean isCompleted() {
        return COMPLETED.equals(status);
    }

    /**
     * The cohort is over once the organiser completed it, or once its last session that takes place has ended;
     * never while neither is known.
     */
    public boolean isOver(Instant now) {
        return isCompleted() || lastSessionEndsAt().map(now::isAfter).orElse(false);
    }
}
