package nl.koers.trajectory.question.web;

import jakarta.validation.constraints.NotNull;
import nl.koers.trajectory.question.Visibility;

/** Who besides the owner may read the question and its stakeholder map from now on. */
record ChangeVisibilityRequest(@NotNull Visibility visibility) {
}
