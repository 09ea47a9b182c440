package nl.koers.trajectory.trajectory.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.trajectory.Retention;
import nl.koers.trajectory.trajectory.Trajectory;

/** A trajectory as the API shows it; blueprint sessions are numbered from 1 in their order. */
record TrajectoryView(UUID id, String title,
                      @Schema(description = "Empty when none was given") String description,
                      String organiser,
                      @Schema(description = "Coalitions that co-own the trajectory and read its reports")
                      List<String> coalitionIds,
                      @Schema(description = "The sessions every cohort runs, in order; empty when there is no"
                              + " blueprint")
                      List<BlueprintSessionView> sessionBlueprint,
                      Instant createdAt,
                      @Schema(description = "The user id of the organiser who created it") String createdBy,
                      @Schema(description = "How many months after a cohort ended its participants' personal data"
                              + " is kept: the trajectory's own period, or Koers's default when none was set",
                              example = "24")
                      int retentionMonths,
                      @Schema(description = "True when retentionMonths is Koers's default because the trajectory"
                              + " sets no period of its own", example = "true")
                      boolean retentionIsDefault,
                      @Schema(description = "Raised by one with every revision; the ETag is this number in quotes",
                              example = "1")
                      long version) {

    record BlueprintSessionView(@Schema(description = "Its number in the blueprint, from 1", example = "1")
                                int sequence,
                                String title,
                                @Schema(description = "Empty when none was given") String theme,
                                List<AgendaItemView> agenda) {
    }

    static TrajectoryView of(Trajectory t, int defaultRetentionMonths) {
        List<BlueprintSessionView> blueprint = IntStream.range(0, t.sessionBlueprint().size())
                .mapToObj(i -> {
                    var b = t.sessionBlueprint().get(i);
                    return new BlueprintSessionView(i + 1, b.title(), b.theme(), AgendaItemView.of(b.agenda()));
                }).toList();
        return new TrajectoryView(t.id(), t.title(), t.description(), t.organiser(), t.coalitionIds(), blueprint,
                t.createdAt(), t.createdBy(), Retention.effectiveMonths(t.retentionMonths(), defaultRetentionMonths),
                t.retentionMonths() == null, t.version());
    }
}
