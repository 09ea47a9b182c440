package nl.koers.reflection.intervention;

import java.time.LocalDate;

/**
 * One step of an action plan, in order: what is done, by whom (a person or role in the participant's
 * organisation, as they write it), by when, and how far it is.
 */
public record Step(String description, String who, LocalDate dueDate, StepStatus status) {

    public static final int MAX_DESCRIPTION = 1_000;
    public static final int MAX_WHO = 200;
    /** A trajectory runs for a school year or two: a due date outside this is a typing error, not a plan. */
    public static final LocalDate EARLIEST_DUE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST_DUE = LocalDate.of(2100, 12, 31);

    public Step {
        if (description == null || description.isBlank() || description.strip().length() > MAX_DESCRIPTION) {
            throw InterventionPlan.invalid("Each step needs a description of 1 to " + MAX_DESCRIPTION + " characters.");
        }
        if (who == null || who.isBlank() || who.strip().length() > MAX_WHO) {
            throw InterventionPlan.invalid("Each step says who takes it, in 1 to " + MAX_WHO + " characters.");
        }
        description = description.strip();
        who = who.strip();
        status = status == null ? StepStatus.PLANNED : status;
    }

    /**
     * A step as a participant plans or revises it: as the constructor, and its due date must be a real one. Steps
     * read back from storage skip that check, so a step stored before the rule existed stays readable.
     */
    public static Step planned(String description, String who, LocalDate dueDate, StepStatus status) {
        if (dueDate != null && (dueDate.isBefore(EARLIEST_DUE) || dueDate.isAfter(LATEST_DUE))) {
            throw InterventionPlan.invalid("The due date " + dueDate + " of a step must lie between " + EARLIEST_DUE
                    + " and " + LATEST_DUE + ".");
        }
        return new Step(description, who, dueDate, status);
    }
}
