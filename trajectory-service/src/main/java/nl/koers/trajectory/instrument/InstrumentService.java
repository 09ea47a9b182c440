package nl.koers.trajectory.instrument;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.defaults.problem.NotFound;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.PageView;
import nl.koers.trajectory.AuditEntries;

/** The instrument use cases, and the check other features make before they refer to an instrument. */
public class InstrumentService {

    private final Instruments instruments;
    private final Clock clock;

    public InstrumentService(Instruments instruments, Clock clock) {
        this.instruments = instruments;
        this.clock = clock;
    }

    /** Adds an instrument; its audit entry is stored with it. */
    public Instrument create(InstrumentKind kind, String title, String description, List<Card> cards,
                             List<RouteStep> steps, Caller caller) {
        Instant now = clock.instant();
        Instrument instrument = Instrument.create(kind, title, description, cards, steps, caller.id(), now);
        instruments.add(instrument, List.of(AuditEntries.by(caller, "instrument.created", "instrument",
                instrument.id(), null, Map.of("kind", kind.name(), "cards", String.valueOf(cards.size()),
                        "steps", String.valueOf(steps.size())), now)));
        return instrument;
    }

    /** @param variant only the cards for this audience (and for everyone); null for all cards */
    public Instrument get(UUID id, Audience variant) {
        Instrument instrument = instruments.find(id).orElseThrow(() -> new NotFound("instrument-not-found",
                "Instrument not found", "There is no instrument " + id + "."));
        return instrument.forVariant(variant);
    }

    public PageView<Instrument> list(int page, int size) {
        return instruments.page(page, size);
    }

    /** Refuses, with 422, an agenda that names an instrument that does not exist. */
    public static void requireKnown(Instruments instruments, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<UUID> unknown = instruments.unknown(ids);
        if (!unknown.isEmpty()) {
            throw new InvalidRequest("unknown-instrument", "Unknown instrument",
                    "The agenda names instruments that do not exist: " + unknown + ".");
        }
    }
}
