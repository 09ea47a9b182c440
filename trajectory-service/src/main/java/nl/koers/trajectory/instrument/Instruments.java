package nl.koers.trajectory.instrument;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.web.PageView;

/** Where instruments are kept. Blueprints and sessions ask it whether the instruments they name exist. */
public interface Instruments {

    void add(Instrument instrument);

    Optional<Instrument> find(UUID id);

    /** Those of {@code ids} that name no instrument. */
    Set<UUID> unknown(Collection<UUID> ids);

    /** Newest first. */
    PageView<Instrument> page(int page, int size);
}
