package nl.koers.trajectory.session.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.session.Session;
import nl.koers.trajectory.session.SessionPlan;
import org.jspecify.annotations.Nullable;

/** A session as the API shows it; {@code version} is also its ETag. */
record SessionView(UUID id, UUID cohortId, UUID trajectoryId,
                   @Schema(description = "The session's number in the cohort, from 1", example = "1") int sequence,
                   String title, @Schema(description = "Empty when none was given") String theme,
                   Instant startsAt, Instant endsAt,
                   @Schema(description = "Where it takes place; null when it is online only") @Nullable String place,
                   @Schema(description = "Where to join online; null when there is none") @Nullable String onlineLink,
                   List<AgendaItemView> agenda,
                   @Schema(description = "The agenda's minutes together", example = "150") int agendaMinutes,
                   @Schema(description = "SCHEDULED or CANCELLED", example = "SCHEDULED") String status,
                   @Schema(description = "Raised by one with every change; the ETag is this number in quotes",
                           example = "1")
                   long version) {

    /** One part of the agenda. */
    record AgendaItemView(@Schema(example = "ROLE_FAN") String workForm,
                          @Schema(description = "Empty when none was given") String title,
                          int minutes,
                          @Schema(description = "The instrument used; null when none") @Nullable UUID instrumentId) {
    }

    static SessionView of(Session s) {
        SessionPlan p = s.plan();
        return new SessionView(s.id(), s.cohortId(), s.trajectoryId(), s.sequence(), p.title(), p.theme(),
                p.startsAt(), p.endsAt(), p.place().isEmpty() ? null : p.place(),
                p.onlineLink().isEmpty() ? null : p.onlineLink(),
                p.agenda().stream().map(a -> new AgendaItemView(a.workForm().name(), a.title(), a.minutes(),
                        a.instrumentId())).toList(),
                p.agenda().stream().mapToInt(a -> a.minutes()).sum(), s.status().name(), s.version());
    }
}
