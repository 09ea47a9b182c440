package nl.koers.reflection.casus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.events.CaseAnalysed;
import nl.koers.events.DomainEvent;

/**
 * A case (casus) a participant brings in for discussion, and its analysis with the cohort's role fan: which
 * roles are involved in the quality situation and what each can contribute. Each analysis raises
 * {@code version} and records a {@link CaseAnalysed} with the role keys, never the text.
 */
public final class Case {

    private final UUID id;
    private final UUID cohortId;
    private final String ownerId;
    private final CaseDescription description;
    private final Instant createdAt;
    private List<RoleContribution> analysis;
    private CaseStatus status;
    private Instant updatedAt;
    private long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private Case(UUID id, UUID cohortId, String ownerId, CaseDescription description, List<RoleContribution> analysis,
                 CaseStatus status, Instant createdAt, Instant updatedAt, long version) {
        this.id = id;
        this.cohortId = cohortId;
        this.ownerId = ownerId;
        this.description = description;
        this.analysis = List.copyOf(analysis);
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    public static Case bringIn(UUID cohortId, String ownerId, CaseDescription description, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        return new Case(UUID.randomUUID(), cohortId, ownerId, description, List.of(), CaseStatus.BROUGHT_IN, at, at, 1);
    }

    public static Case restore(UUID id, UUID cohortId, String ownerId, CaseDescription description,
                               List<RoleContribution> analysis, CaseStatus status, Instant createdAt,
                               Instant updatedAt, long version) {
        return new Case(id, cohortId, ownerId, description, analysis, status, createdAt, updatedAt, version);
    }

    /**
     * Records which roles are involved and what each can contribute, replacing an earlier analysis.
     *
     * @param contributions role key to contribution; every key must be one of {@code roles}
     */
    public void analyse(Map<String, String> contributions, CohortRoles roles, Instant now) {
        if (contributions.isEmpty()) {
            throw CaseDescription.invalid("Name at least one role involved and what it can contribute.");
        }
        List<RoleContribution> next = new ArrayList<>();
        Set<String> unknown = new HashSet<>();
        // In the order of the fan, so every reader sees the roles the same way round.
        for (FanRole role : roles.roles()) {
            String contribution = contributions.get(role.key());
            if (contribution != null) {
                if (contribution.isBlank() || contribution.strip().length() > RoleContribution.MAX_CONTRIBUTION) {
                    throw CaseDescription.invalid("The contribution of role '" + role.key() + "' must be 1 to "
                            + RoleContribution.MAX_CONTRIBUTION + " characters.");
                }
                next.add(new RoleContribution(role.key(), role.label(), contribution.strip()));
            }
        }
        contributions.keySet().stream().filter(k -> roles.role(k).isEmpty()).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            throw new InvalidRequest("unknown-role", "Unknown role",
                    "This cohort's role fan has no role " + new TreeSet<>(unknown) + "; its roles are "
                            + roles.roles().stream().map(FanRole::key).toList() + ".");
        }
        analysis = List.copyOf(next);
        status = CaseStatus.ANALYSED;
        updatedAt = now.truncatedTo(ChronoUnit.MILLIS);
        version++;
        pendingEvents.add(new CaseAnalysed(UUID.randomUUID(), updatedAt, id, cohortId, ownerId,
                analysis.stream().map(RoleContribution::roleKey).toList(), version));
    }

    public boolean isOwnedBy(String userId) {
        return ownerId.equals(userId);
    }

    public Set<String> owners() {
        return Set.of(ownerId);
    }

    public UUID id() {
        return id;
    }

    public UUID cohortId() {
        return cohortId;
    }

    public String ownerId() {
        return ownerId;
    }

    public CaseDescription description() {
        return description;
    }

    public List<RoleContribution> analysis() {
        return analysis;
    }

    public CaseStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** Events caused by changes not yet stored; the repository writes them with the state. */
    public List<DomainEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
