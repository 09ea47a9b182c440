package nl.koers.trajectory.report;

import java.util.List;
import nl.koers.events.DomainEvent;

/**
 * Where consumed events become report projections. Takes a whole batch at once so that catching up on a
 * backlog costs a few bulk writes per batch rather than several writes per event; applying a batch again, or
 * its events in another order, gives the same projections.
 */
public interface ReportProjection {

    void apply(List<DomainEvent> events);
}
