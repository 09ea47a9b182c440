package nl.koers.reflection.membership;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who belongs to one cohort, as far as this service has heard: its participants with their status and its
 * facilitators. The rules that reflections, interventions and evaluations will ask before letting someone
 * write or read live here. A cohort not heard of yet has no members and no facilitators, so every rule
 * answers no until the facts arrive.
 *
 * @param status the cohort's status as trajectory-service last reported it, or null when not heard of yet
 */
public record CohortMembership(UUID cohortId, String status, Set<String> facilitatorIds,
                               Map<String, MemberStatus> members) {

    public CohortMembership {
        facilitatorIds = Set.copyOf(facilitatorIds);
        members = Map.copyOf(members);
    }

    public static CohortMembership unknown(UUID cohortId) {
        return new CohortMembership(cohortId, null, Set.of(), Map.of());
    }

    /** Only a confirmed participant writes in a cohort: not one on the waitlist, nor one who withdrew. */
    public boolean mayWrite(String participantId) {
        return statusOf(participantId).filter(MemberStatus.CONFIRMED::equals).isPresent();
    }

    public boolean isFacilitator(String userId) {
        return facilitatorIds.contains(userId);
    }

    public Optional<MemberStatus> statusOf(String participantId) {
        return Optional.ofNullable(members.get(participantId));
    }
}
