package nl.koers.trajectory.privacy;

import java.util.List;
import nl.koers.events.DomainEvent;

/** Sends audit entries of what changes nothing (a participant reading their export) reliably, on their own. */
public interface AuditPublisher {

    void publish(List<? extends DomainEvent> entries);
}
