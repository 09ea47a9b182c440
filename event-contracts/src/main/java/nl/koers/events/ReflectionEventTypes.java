package nl.koers.events;

import java.util.List;

/** The facts reflection-service publishes. */
final class ReflectionEventTypes {

    static final List<EventCatalog.Entry> ENTRIES = List.of();

    private ReflectionEventTypes() {
    }
}
