package nl.koers.trajectory.trajectory.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koers.trajectory.trajectory.Trajectory;

/** A trajectory as the API shows it; blueprint sessions are numbered from 1 in their order. */
record TrajectoryView(UUID id, String title, String description, String organiser, List<String> coalitionIds,
                      List<BlueprintSessionView> sessionBlueprint, Instant createdAt, String createdBy) {

    record BlueprintSessionView(int sequence, String title, String theme, List<AgendaItemView> agenda) {
    }

    static TrajectoryView of(Trajectory t) {
        List<BlueprintSessionView> blueprint = java.util.stream.IntStream.range(0, t.sessionBlueprint().size())
                .mapToObj(i -> {
                    var b = t.sessionBlueprint().get(i);
                    return new BlueprintSessionView(i + 1, b.title(), b.theme(), AgendaItemView.of(b.agenda()));
                }).toList();
        return new TrajectoryView(t.id(), t.title(), t.description(), t.organiser(), t.coalitionIds(), blueprint,
                t.createdAt(), t.createdBy());
    }
}
