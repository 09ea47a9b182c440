package nl.koers.reflection.privacy.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.reflection.casus.Case;
import nl.koers.reflection.casus.CaseStatus;
import nl.koers.reflection.casus.RoleContribution;
import nl.koers.reflection.intervention.Feedback;
import nl.koers.reflection.intervention.Intervention;
import nl.koers.reflection.intervention.InterventionKind;
import nl.koers.reflection.intervention.InterventionStatus;
import nl.koers.reflection.intervention.StepStatus;
import nl.koers.reflection.membership.Visibility;
import nl.koers.reflection.privacy.ReflectionExport;
import nl.koers.reflection.reflection.Reflection;
import org.jspecify.annotations.Nullable;

/**
 * The reflection part of a participant's export, as the gateway puts it into the one file: their own records
 * whole, and of other people only what they see of them today or less (a giver's role, never their id). Every
 * field is explained in {@code docs/privacy/export-reflection.md}.
 */
@Schema(description = "What reflection-service holds about you: your reflections, cases and interventions, the"
        + " feedback you gave and received, and per cohort whether you evaluated it")
record ExportView(
        @Schema(description = "Which part of the Koers export this is: always reflection", example = "reflection")
        String part,
        @Schema(description = "Your user id: the subject of your access token", example = "participant71")
        String participantId,
        @Schema(description = "When this part was put together", example = "2026-12-02T10:15:00Z")
        Instant exportedAt,
        @Schema(description = "Your reflections, oldest first")
        List<ExportedReflection> reflections,
        @Schema(description = "The cases you brought in, oldest first")
        List<ExportedCase> cases,
        @Schema(description = "The interventions you planned or co-own, oldest first")
        List<ExportedIntervention> interventions,
        @Schema(description = "The feedback you gave on others' interventions, oldest first")
        List<GivenFeedback> feedbackGiven,
        @Schema(description = "The feedback your interventions received, oldest first, with the giver's role only")
        List<ReceivedFeedback> feedbackReceived,
        @Schema(description = "Per cohort you took a seat in: whether you evaluated it. Never your answers: they are"
                + " stored without your name, so nothing links them to you, this export included")
        List<EvaluationTaken> evaluations) {

    static final String PART = "reflection";

    /** A reflection of yours, with its prompt answers. */
    record ExportedReflection(
            UUID id,
            UUID cohortId,
            @Schema(description = "The session it is about; null when none") @Nullable UUID sessionId,
            @Schema(description = "What you wrote", example = "Ik zag vandaag dat kwaliteit pas leeft als het team"
                    + " zelf benoemt wanneer het trots is.")
            String text,
            @Schema(description = "Your answers to the session's prompts: prompt key to answer; empty when none",
                    example = "{\"rol\": \"Ik neem meer dan me is toegewezen\"}")
            Map<String, String> prompts,
            @Schema(description = "Who besides you may read it: PRIVATE, FACILITATORS or COHORT", example = "PRIVATE")
            Visibility visibility,
            Instant createdAt,
            Instant updatedAt) {
    }

    /** A case you brought in, with its analysis. */
    record ExportedCase(
            UUID id,
            UUID cohortId,
            @Schema(example = "Uitval in leerjaar 1") String title,
            @Schema(example = "Teams zien de cijfers over uitval, maar niet de oorzaken erachter.") String situation,
            @Schema(example = "COHORT") Visibility visibility,
            @Schema(description = "BROUGHT_IN or ANALYSED", example = "ANALYSED") CaseStatus status,
            @Schema(description = "Your analysis with the role fan: each role's key and label, and what it can"
                    + " contribute; empty until analysed")
            List<RoleContribution> roles,
            Instant createdAt,
            Instant updatedAt) {
    }

    /** An intervention you planned or co-own, with its steps. */
    record ExportedIntervention(
            UUID id,
            UUID cohortId,
            @Schema(description = "PLANNER when you planned it, CO_OWNER when you are in its work group",
                    example = "PLANNER")
            Ownership ownership,
            @Schema(example = "ACTION_PLAN") InterventionKind kind,
            @Schema(example = "Kwaliteitsdialoog in het team") String title,
            @Schema(example = "Samen benoemen wanneer we tevreden zijn en wanneer trots.") String goal,
            @Schema(description = "An action plan's steps in order; empty for a compact intervention")
            List<ExportedStep> steps,
            @Schema(example = "COHORT") Visibility visibility,
            @Schema(description = "The development question it grew from; null when none")
            @Nullable UUID developmentQuestionId,
            @Schema(description = "The case it grew from; null when none") @Nullable UUID caseId,
            @Schema(example = "CARRIED_OUT") InterventionStatus status,
            @Schema(description = "What the owners experienced; null until carried out") @Nullable String experience,
            @Schema(description = "The next steps after feedback; null until reflected on") @Nullable String nextSteps,
            Instant createdAt,
            Instant updatedAt) {
    }

    /** Whether you planned an intervention or are in its work group. */
    enum Ownership {
        PLANNER, CO_OWNER
    }

    /** One step of an action plan. */
    record ExportedStep(
            @Schema(description = "Its place in the plan, counting from 1", example = "1") int position,
            @Schema(example = "Teamoverleg plannen over de uitvalcijfers") String description,
            @Schema(description = "Who takes it, as written in the plan", example = "teamleider") String who,
            @Schema(description = "By when; null when no date was set") @Nullable LocalDate dueDate,
            @Schema(example = "PLANNED") StepStatus status) {
    }

    /** Feedback you gave on someone else's intervention. */
    record GivenFeedback(
            UUID id,
            @Schema(description = "The intervention you gave it on") UUID interventionId,
            UUID cohortId,
            @Schema(description = "As whom you gave it: PARTICIPANT or FACILITATOR", example = "PARTICIPANT")
            Feedback.GiverRole givenAs,
            @Schema(example = "Sterk dat het team het overnam; betrek ook de studenten bij de volgende stap.")
            String text,
            Instant givenAt) {
    }

    /** Feedback on one of your interventions; who gave it is left out, their role says enough. */
    record ReceivedFeedback(
            UUID id,
            @Schema(description = "Your intervention it was given on") UUID interventionId,
            @Schema(description = "PARTICIPANT for a fellow participant (also a former one), FACILITATOR for one of"
                    + " the cohort's facilitators", example = "FACILITATOR")
            Feedback.GiverRole giverRole,
            @Schema(example = "Betrek het bestuur bij de volgende stap.") String text,
            Instant givenAt) {
    }

    /** Whether you evaluated a cohort's trajectory. */
    record EvaluationTaken(
            UUID cohortId,
            @Schema(description = "True when you evaluated it", example = "true") boolean submitted) {
    }

    static ExportView of(ReflectionExport export) {
        return new ExportView(PART, export.participantId(), export.exportedAt(),
                export.reflections().stream().map(ExportView::reflection).toList(),
                export.cases().stream().map(ExportView::exportedCase).toList(),
                export.interventions().stream().map(i -> intervention(i, export.participantId())).toList(),
                export.feedbackGiven().stream().map(f -> new GivenFeedback(f.id(), f.interventionId(), f.cohortId(),
                        f.giverRole(), f.text(), f.givenAt())).toList(),
                export.feedbackReceived().stream().map(f -> new ReceivedFeedback(f.id(), f.interventionId(),
                        f.giverRole(), f.text(), f.givenAt())).toList(),
                export.evaluated().entrySet().stream().map(e -> new EvaluationTaken(e.getKey(), e.getValue())).toList());
    }

    private static ExportedReflection reflection(Reflection r) {
        return new ExportedReflection(r.id(), r.cohortId(), r.content().sessionId(), r.content().text(),
                r.content().answers(), r.content().visibility(), r.createdAt(), r.updatedAt());
    }

    private static ExportedCase exportedCase(Case c) {
        return new ExportedCase(c.id(), c.cohortId(), c.description().title(), c.description().situation(),
                c.description().visibility(), c.status(), c.analysis(), c.createdAt(), c.updatedAt());
    }

    private static ExportedIntervention intervention(Intervention i, String participantId) {
        var p = i.plan();
        List<ExportedStep> steps = IntStream.range(0, p.steps().size()).mapToObj(n -> {
            var s = p.steps().get(n);
            return new ExportedStep(n + 1, s.description(), s.who(), s.dueDate(), s.status());
        }).toList();
        return new ExportedIntervention(i.id(), i.cohortId(),
                i.ownerId().equals(participantId) ? Ownership.PLANNER : Ownership.CO_OWNER, p.kind(), p.title(),
                p.goal(), steps, p.visibility(), p.developmentQuestionId(), p.caseId(), i.status(), i.experience(),
                i.nextSteps(), i.createdAt(), i.updatedAt());
    }
}
