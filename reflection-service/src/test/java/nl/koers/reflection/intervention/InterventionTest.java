package nl.koers.reflection.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.events.InterventionCarriedOut;
import nl.koers.events.InterventionPlanned;
import nl.koers.events.ReflectionActionAudited;
import org.junit.jupiter.api.Test;

class InterventionTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static InterventionPlan actionPlan(StepStatus... statuses) {
        List<Step> steps = java.util.Arrays.stream(statuses)
                .map(s -> new Step("Teamoverleg over tevreden en trots", "teamleider", LocalDate.of(2026, 4, 1), s))
                .toList();
        return new InterventionPlan(InterventionKind.ACTION_PLAN, "Aanpakplan", "Gedeelde verantwoordelijkheid", steps,
                null, null, null);
    }

    private static InterventionPlan compact() {
        return new InterventionPlan(InterventionKind.COMPACT, "Kort gesprek", "Eigenaarschap", List.of(), null, null, null);
    }

    @Test
    void anActionPlanNeedsStepsAndACompactInterventionHasNone() {
        assertThatThrownBy(() -> new InterventionPlan(InterventionKind.ACTION_PLAN, "t", "g", List.of(), null, null, null))
                .isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> new InterventionPlan(InterventionKind.COMPACT, "t", "g",
                List.of(new Step("stap", "ik", null, null)), null, null, null)).isInstanceOf(InvalidRequest.class);
        assertThat(compact().steps()).isEmpty();
    }

    @Test
    void plannedInterventionsAreSharedWithTheCohortUnlessSaidOtherwiseAndPublishCountsOnly() {
        Intervention intervention = Intervention.plan(UUID.randomUUID(), "p-ann", Set.of("p-bea", "p-ann"),
                actionPlan(StepStatus.PLANNED, StepStatus.PLANNED), NOW);

        assertThat(intervention.plan().visibility().name()).isEqualTo("COHORT");
        assertThat(intervention.owners()).containsExactly("p-ann", "p-bea");
        assertThat(intervention.pendingEvents()).singleElement().isInstanceOfSatisfying(InterventionPlanned.class, e -> {
            assertThat(e.kind()).isEqualTo("ACTION_PLAN");
            assertThat(e.stepCount()).isEqualTo(2);
            assertThat(e.ownerCount()).isEqualTo(2);
        });
    }

    @Test
    void goesFromPlannedToReflectedOneStepAtATime() {
        Intervention intervention = Intervention.plan(UUID.randomUUID(), "p-ann", Set.of(),
                actionPlan(StepStatus.DONE, StepStatus.PLANNED), NOW);

        intervention.start(NOW);
        intervention.carryOut("Het team pakte het op", NOW);
        intervention.reflect("Volgende stap: het hele college", 1, NOW);

        assertThat(intervention.status()).isEqualTo(InterventionStatus.REFLECTED);
        assertThat(intervention.experience()).isEqualTo("Het team pakte het op");
        assertThat(intervention.nextSteps()).isEqualTo("Volgende stap: het hele college");
        assertThat(intervention.version()).isEqualTo(4);
        assertThat(intervention.pendingEvents()).filteredOn(InterventionCarriedOut.class::isInstance).singleElement()
                .isInstanceOfSatisfying(InterventionCarriedOut.class, e -> assertThat(e.stepsDone()).isEqualTo(1));
    }

    @Test
    void refusesToSkipOrRepeatAStep() {
        Intervention intervention = Intervention.plan(UUID.randomUUID(), "p-ann", Set.of(), compact(), NOW);

        assertThatThrownBy(() -> intervention.carryOut("te vroeg", NOW)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> intervention.reflect("te vroeg", 1, NOW)).isInstanceOf(Conflict.class);
        intervention.start(NOW);
        assertThatThrownBy(() -> intervention.start(NOW)).isInstanceOf(Conflict.class);
    }

    @Test
    void reflectsOnlyAfterFeedback() {
        Intervention intervention = Intervention.plan(UUID.randomUUID(), "p-ann", Set.of(), compact(), NOW);
        intervention.start(NOW);
        intervention.carryOut("gedaan", NOW);

        assertThatThrownBy(() -> intervention.reflect("verder", 0, NOW)).isInstanceOf(Conflict.class)
                .hasMessageContaining("feedback");
    }

    @Test
    void revisesThePlanOnlyBeforeItIsCarriedOutAndNeverItsKind() {
        Intervention intervention = Intervention.plan(UUID.randomUUID(), "p-ann", Set.of(), actionPlan(StepStatus.PLANNED), NOW);

        intervention.revise(actionPlan(StepStatus.DONE), Set.of("p-cas"), NOW);
        assertThat(intervention.plan().stepsDone()).isEqualTo(1);
        assertThat(intervention.isOwnedBy("p-cas")).isTrue();
        assertThatThrownBy(() -> intervention.revise(compact(), Set.of(), NOW)).isInstanceOf(Conflict.class);
        intervention.start(NOW);
        intervention.carryOut("gedaan", NOW);
        assertThatThrownBy(() -> intervention.revise(actionPlan(StepStatus.DONE), Set.of(), NOW))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void feedbackIsNeverEmptyAndItsEventCarriesNoText() {
        Intervention intervention = Intervention.plan(UUID.randomUUID(), "p-ann", Set.of(), compact(), NOW);

        assertThatThrownBy(() -> Feedback.give(intervention, "p-bea", Feedback.GiverRole.PARTICIPANT, " ", NOW))
                .isInstanceOf(InvalidRequest.class);
        Feedback feedback = Feedback.give(intervention, "fac-1", Feedback.GiverRole.FACILITATOR, "Mooi begin", NOW);
        assertThat(feedback.pendingEvents().toString()).doesNotContain("Mooi begin").contains("FACILITATOR");
    }

    @Test
    void auditsAFacilitatorsFeedbackWithoutItsTextButNotAPeers() {
        Intervention intervention = Intervention.plan(UUID.randomUUID(), "p-ann", Set.of(), compact(), NOW);

        Feedback fromFacilitator = Feedback.give(intervention, "fac-1", Feedback.GiverRole.FACILITATOR, "Mooi begin", NOW);
        Feedback fromPeer = Feedback.give(intervention, "p-bea", Feedback.GiverRole.PARTICIPANT, "Goed plan", NOW);

        assertThat(fromFacilitator.pendingEvents()).filteredOn(ReflectionActionAudited.class::isInstance)
                .singleElement().satisfies(e -> {
                    var entry = ((ReflectionActionAudited) e).entry();
                    assertThat(entry.actorId()).isEqualTo("fac-1");
                    assertThat(entry.actorRole()).isEqualTo("facilitator");
                    assertThat(entry.action()).isEqualTo("feedback.given");
                    assertThat(entry.recordId()).isEqualTo(fromFacilitator.id().toString());
                    assertThat(entry.details()).containsEntry("interventionId", intervention.id().toString());
                    assertThat(entry.toString()).doesNotContain("Mooi begin");
                });
        assertThat(fromPeer.pendingEvents()).noneMatch(ReflectionActionAudited.class::isInstance);
    }
}
