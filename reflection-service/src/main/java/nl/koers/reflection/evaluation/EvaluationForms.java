package nl.koers.reflection.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.koers.events.DomainEvent;

/** Where organisers' evaluation forms are kept, one per trajectory. */
public interface EvaluationForms {

    Optional<EvaluationForm> find(UUID trajectoryId);

    /**
     * Stores the form, with {@code events} in the same write, if the stored one is still at {@code version - 1}
     * (or absent for version 1).
     */
    boolean save(EvaluationForm form, List<? extends DomainEvent> events);
}
