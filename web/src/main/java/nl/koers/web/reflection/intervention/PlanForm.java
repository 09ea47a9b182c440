package nl.koers.web.reflection.intervention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.koers.web.reflection.intervention.InterventionModels.NewIntervention;
import nl.koers.web.reflection.intervention.InterventionModels.NewStep;
import org.springframework.validation.Errors;

/**
 * An intervention as the planning form holds it. Step rows can be added and removed before saving; a row left
 * wholly empty is no step. The limits are reflection-service's, repeated so the messages are in the reader's
 * language: the ones that depend on the kind (an action plan has steps, a compact intervention none) are
 * checked by {@link #check(Errors)}, as annotations cannot say them.
 */
record PlanForm(
        @NotBlank(message = "{validation.choose}") String kind,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String title,
        @NotBlank(message = "{validation.required}") @Size(max = 4_000, message = "{validation.size.max}") String goal,
        @Valid List<StepRow> steps,
        @NotBlank(message = "{validation.choose}") String visibility,
        String developmentQuestionId,
        String caseId,
        String coOwnerIds) {

    static final int MAX_STEPS = 30;
    static final int MAX_CO_OWNERS = 10;
    static final int MAX_ID = 200;

    PlanForm {
        steps = steps == null ? List.of() : steps;
    }

    static PlanForm empty(UUID caseId) {
        return new PlanForm("ACTION_PLAN", "", "", List.of(StepRow.EMPTY), "COHORT", "",
                caseId == null ? "" : caseId.toString(), "");
    }

    /** One row of the action plan: what happens, who does it, by when. */
    record StepRow(@Size(max = 1_000, message = "{validation.size.max}") String description,
                   @Size(max = 200, message = "{validation.size.max}") String who,
                   String dueDate) {

        static final StepRow EMPTY = new StepRow("", "", "");

        boolean isEmpty() {
            return blank(description) && blank(who) && blank(dueDate);
        }
    }

    PlanForm withSteps(List<StepRow> rows) {
        return new PlanForm(kind, title, goal, rows, visibility, developmentQuestionId, caseId, coOwnerIds);
    }

    PlanForm withStepAdded() {
        List<StepRow> rows = new ArrayList<>(steps);
        if (rows.size() < MAX_STEPS) {
            rows.add(StepRow.EMPTY);
        }
        return withSteps(rows);
    }

    PlanForm withStepRemoved(int index) {
        List<StepRow> rows = new ArrayList<>(steps);
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
        return withSteps(rows);
    }

    /** What the annotations cannot say: steps by kind, complete rows, real dates, the work group's size. */
    void check(Errors errors) {
        boolean plan = "ACTION_PLAN".equals(kind);
        boolean anyStep = steps.stream().anyMatch(row -> !row.isEmpty());
        if (plan && !anyStep) {
            errors.rejectValue("steps", "intervention.steps.required");
        }
        if ("COMPACT".equals(kind) && anyStep) {
            errors.rejectValue("steps", "intervention.steps.compact");
        }
        for (int i = 0; plan && i < steps.size(); i++) {
            StepRow row = steps.get(i);
            if (row.isEmpty()) {
                continue;
            }
            if (blank(row.description())) {
                errors.rejectValue("steps[" + i + "].description", "validation.required");
            }
            if (blank(row.who())) {
                errors.rejectValue("steps[" + i + "].who", "validation.required");
            }
            if (!blank(row.dueDate()) && date(row.dueDate()) == null) {
                errors.rejectValue("steps[" + i + "].dueDate", "intervention.step.dueDate.invalid");
            }
        }
        if (!blank(developmentQuestionId) && uuid(developmentQuestionId) == null) {
            errors.rejectValue("developmentQuestionId", "intervention.question.invalid");
        }
        if (!blank(caseId) && uuid(caseId) == null) {
            errors.rejectValue("caseId", "validation.choose");
        }
        Set<String> group = coOwners();
        if (group.size() > MAX_CO_OWNERS) {
            errors.rejectValue("coOwnerIds", "intervention.coOwners.tooMany", new Object[] {MAX_CO_OWNERS}, null);
        } else if (group.stream().anyMatch(id -> id.length() > MAX_ID)) {
            errors.rejectValue("coOwnerIds", "intervention.coOwners.tooLong", new Object[] {MAX_ID}, null);
        }
    }

    /** The plan as the API takes it; only after {@link #check} found nothing. */
    NewIntervention toRequest(UUID cohortId) {
        List<NewStep> planned = "ACTION_PLAN".equals(kind)
                ? steps.stream().filter(row -> !row.isEmpty())
                        .map(row -> new NewStep(row.description().strip(), row.who().strip(), date(row.dueDate()))).toList()
                : List.of();
        return new NewIntervention(cohortId, uuid(developmentQuestionId), uuid(caseId), kind, title.strip(), goal.strip(),
                planned, visibility, coOwners());
    }

    /** The co-owners' participant ids, one per line (commas and spaces separate too). */
    Set<String> coOwners() {
        if (blank(coOwnerIds)) {
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(coOwnerIds.split("[\\s,;]+")).filter(id -> !id.isBlank()).forEach(ids::add);
        return ids;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate date(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
