package nl.koers.reflection.membership;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** Memberships held in memory, for rule tests of the use cases without Spring, Kafka or MongoDB. */
public final class FixedMemberships implements Memberships {

    private final Map<UUID, CohortMembership> cohorts = new HashMap<>();

    public FixedMemberships with(CohortMembership membership) {
        cohorts.put(membership.cohortId(), membership);
        return this;
    }

    @Override
    public boolean record(MemberChange change) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean record(CohortChange change) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean record(SessionChange change) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CohortMembership of(UUID cohortId) {
        return cohorts.getOrDefault(cohortId, CohortMembership.unknown(cohortId));
    }

    @Override
    public Optional<UUID> cohortOfSession(UUID sessionId) {
        return cohorts.values().stream().filter(c -> c.session(sessionId).isPresent()).map(CohortMembership::cohortId)
                .findFirst();
    }

    @Override
    public Map<UUID, MemberStatus> cohortsOf(String participantId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void replaceMember(String participantId, String formerId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void expirePersonalData(UUID cohortId, Instant at, Supplier<String> formerIds) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean personalDataExpiredSince(UUID cohortId, Instant occurredAt) {
        throw new UnsupportedOperationException();
    }
}
