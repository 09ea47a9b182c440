package nl.koers.trajectory.instrument;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.web.PageView;
import nl.koers.events.DomainEvent;

/** Where instruments are kept. Blueprints and sessions ask it whether the instruments they name exist. */
public interface Instruments {

    /** Stores a new instrument together with the events its creation causes (its audit entry), in one write. */
    void add(Instrument instrument, List<? extends DomainEvent> events);

    Optional<Instrument> find(UUID id);

    /** Those of {@code ids} that name no instrument. */
    Set<UUID> unknown(Collection<UUID> ids);

    /** Newest first. */
    PageView<Instrument> page(int page, int size);
}
