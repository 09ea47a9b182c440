package nl.koers.reflection.intervention;

import java.time.LocalDate;

/**
 * One step of an action plan, in order: what is done, by whom (a person or role in the participant's
 * organisation, as they write it), by when, and how far it is.
 */
public record Step(String description, String who, LocalDate dueDate, StepStatus status) {

    public static final int MAX_DESCRIPTION = 1_000;
    public static final int MAX_WHO = 200;

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
}
