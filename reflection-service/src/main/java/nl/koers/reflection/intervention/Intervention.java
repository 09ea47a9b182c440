package nl.koers.reflection.intervention;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.problem.Conflict;
import nl.koers.events.DomainEvent;
import nl.koers.events.InterventionCarriedOut;
import nl.koers.events.InterventionPlanned;

/**
 * An intervention a participant, or a work group of participants, plans and carries out, and the rules of
 * its life: PLANNED, IN_PROGRESS, CARRIED_OUT with the experience recorded, REFLECTED with next steps once
 * feedback came in. Any other move is a conflict. Every change raises {@code version} (the ETag).
 */
public final class Intervention {

    public static final int MAX_TEXT = 4_000;
    public static final int MAX_CO_OWNERS = 10;

    private final UUID id;
    private final UUID cohortId;
    private final String ownerId;
    private final Instant createdAt;
    private Set<String> coOwnerIds;
    private InterventionPlan plan;
    private InterventionStatus status;
    private String experience;
    private String nextSteps;
    private Instant updatedAt;
    private long version;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private Intervention(UUID id, UUID cohortId, String ownerId, Set<String> coOwnerIds, InterventionPlan plan,
                         InterventionStatus status, String experience, String nextSteps, Instant createdAt,
                         Instant updatedAt, long version) {
        this.id = id;
        this.cohortId = cohortId;
        this.ownerId = ownerId;
        this.coOwnerIds = coOwners(ownerId, coOwnerIds);
        this.plan = plan;
        this.status = status;
        this.experience = experience;
        this.nextSteps = nextSteps;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    public static Intervention plan(UUID cohortId, String ownerId, Set<String> coOwnerIds, InterventionPlan plan,
                                    Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        Intervention intervention = new Intervention(UUID.randomUUID(), cohortId, ownerId, coOwnerIds, plan,
                InterventionStatus.PLANNED, null, null, at, at, 1);
        intervention.pendingEvents.add(new InterventionPlanned(UUID.randomUUID(), at, intervention.id, cohortId,
                plan.kind().name(), plan.steps().size(), intervention.owners().size(), plan.caseId(),
                plan.developmentQuestionId()));
        return intervention;
    }

    public static Intervention restore(UUID id, UUID cohortId, String ownerId, Set<String> coOwnerIds,
                                       InterventionPlan plan, InterventionStatus status, String experience,
                                       String nextSteps, Instant createdAt, Instant updatedAt, long version) {
        return new Intervention(id, cohortId, ownerId, coOwnerIds, plan, status, experience, nextSteps, createdAt,
                updatedAt, version);
    }

    /** Changes the plan (steps, their status, the work group) while it is not carried out yet. */
    public void revise(InterventionPlan revised, Set<String> revisedCoOwners, Instant now) {
        require(Set.of(InterventionStatus.PLANNED, InterventionStatus.IN_PROGRESS), "be revised");
        if (revised.kind() != plan.kind()) {
            throw new Conflict("intervention-kind-fixed", "Kind cannot change",
                    "This intervention is " + plan.kind() + "; plan a new one to change its kind.");
        }
        plan = revised;
        coOwnerIds = coOwners(ownerId, revisedCoOwners);
        changed(now);
    }

    public void start(Instant now) {
        require(Set.of(InterventionStatus.PLANNED), "start");
        status = InterventionStatus.IN_PROGRESS;
        changed(now);
    }

    public void carryOut(String experienceText, Instant now) {
        require(Set.of(InterventionStatus.IN_PROGRESS), "be carried out");
        experience = text(experienceText, "experience");
        status = InterventionStatus.CARRIED_OUT;
        changed(now);
        pendingEvents.add(new InterventionCarriedOut(UUID.randomUUID(), updatedAt, id, cohortId, plan.kind().name(),
                plan.steps().size(), plan.stepsDone()));
    }

    /** Records the next steps once the experience has had feedback: the end of the intervention's cycle. */
    public void reflect(String nextStepsText, long feedbackCount, Instant now) {
        require(Set.of(InterventionStatus.CARRIED_OUT), "be reflected on");
        if (feedbackCount == 0) {
            throw new Conflict("no-feedback-yet", "No feedback yet",
                    "Next steps follow feedback: ask a peer or facilitator for feedback on this intervention first.");
        }
        nextSteps = text(nextStepsText, "next steps");
        status = InterventionStatus.REFLECTED;
        changed(now);
    }

    private void require(Set<InterventionStatus> from, String action) {
        if (!from.contains(status)) {
            throw new Conflict("intervention-status-conflict", "Intervention cannot " + action,
                    "The intervention is " + status + "; only one that is "
                            + from.stream().sorted().map(Enum::name).reduce((a, b) -> a + " or " + b).orElse("")
                            + " can " + action + ".");
        }
    }

    private void changed(Instant now) {
        updatedAt = now.truncatedTo(ChronoUnit.MILLIS);
        version++;
    }

    private static String text(String value, String what) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_TEXT) {
            throw InterventionPlan.invalid("The " + what + " must be 1 to " + MAX_TEXT + " characters.");
        }
        return value.strip();
    }

    private static Set<String> coOwners(String ownerId, Set<String> ids) {
        Set<String> copy = new LinkedHashSet<>(ids == null ? Set.of() : ids);
        copy.remove(ownerId);
        if (copy.size() > MAX_CO_OWNERS) {
            throw InterventionPlan.invalid("A work group has at most " + MAX_CO_OWNERS + " co-owners besides you.");
        }
        return Set.copyOf(copy);
    }

    /** The participant who planned it and the work group who own it with them. */
    public Set<String> owners() {
        Set<String> owners = new LinkedHashSet<>();
        owners.add(ownerId);
        owners.addAll(coOwnerIds);
        return owners;
    }

    public boolean isOwnedBy(String userId) {
        return owners().contains(userId);
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

    public Set<String> coOwnerIds() {
        return coOwnerIds;
    }

    public InterventionPlan plan() {
        return plan;
    }

    public InterventionStatus status() {
        return status;
    }

    public String experience() {
        return experience;
    }

    public String nextSteps() {
        return nextSteps;
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
