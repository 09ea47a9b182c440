package nl.koers.reflection.evaluation.web;

import java.util.List;
import java.util.UUID;
import nl.koers.reflection.evaluation.EvaluationForm;
import nl.koers.reflection.evaluation.EvaluationItem;

/** A trajectory's evaluation items; version 0 means the default set applies. */
record FormView(UUID trajectoryId, List<EvaluationItem> items, long version) {

    static FormView of(EvaluationForm form) {
        return new FormView(form.trajectoryId(), form.items(), form.version());
    }
}
