package nl.koers.trajectory.privacy.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.koers.trajectory.calendar.CalendarSubscription;
import nl.koers.trajectory.privacy.TrajectoryExport;
import nl.koers.trajectory.question.DevelopmentQuestion;
import nl.koers.trajectory.question.Revision;
import nl.koers.trajectory.question.Stakeholder;
import nl.koers.trajectory.question.StakeholderMap;
import nl.koers.trajectory.trajectory.Retention;
import org.jspecify.annotations.Nullable;

/**
 * The trajectory part of a participant's export, field by field as docs/privacy/export-trajectory.md describes
 * it. Each section is a list, empty when there is nothing; the calendar section is always there.
 */
record TrajectoryExportView(
        @Schema(description = "Which part of the export this is: always trajectory", example = "trajectory")
        String part,
        @Schema(description = "Your user id, whose data this is", example = "participant71") String participantId,
        @Schema(description = "When this part was put together") Instant exportedAt,
        @Schema(description = "The cohorts whose roster you are or were on, one per cohort")
        List<ExportedCohortPlace> cohorts,
        @Schema(description = "Your attendance per session as a facilitator recorded it, earliest first")
        List<ExportedAttendance> attendance,
        @Schema(description = "Your development questions with every revision, oldest first")
        List<ExportedQuestion> developmentQuestions,
        @Schema(description = "Your stakeholder maps, one per development question that has one")
        List<ExportedStakeholderMap> stakeholderMaps,
        @Schema(description = "Whether you have a private calendar address; its secret is never exported")
        ExportedCalendarSubscription calendarSubscription) {

    static final String PART = "trajectory";

    record ExportedCohortPlace(UUID cohortId, String cohortName, UUID trajectoryId,
                               @Schema(description = "Null when the trajectory no longer exists")
                               @Nullable String trajectoryTitle,
                               @Schema(description = "PLANNED, OPEN, CLOSED, COMPLETED or CANCELLED", example = "COMPLETED")
                               String cohortStatus,
                               @Schema(description = "Your place on its roster: CONFIRMED, WAITLISTED, WITHDRAWN or"
                                       + " COMPLETED", example = "COMPLETED")
                               String rosterStatus) {
    }

    record ExportedAttendance(UUID sessionId, UUID cohortId,
                              @Schema(description = "The session's number in its cohort", example = "1") int sequence,
                              String sessionTitle,
                              @Schema(description = "The session's day in the Netherlands", example = "2025-10-01")
                              LocalDate date,
                              @Schema(description = "PRESENT, EXCUSED or ABSENT", example = "PRESENT") String status) {
    }

    record ExportedQuestion(UUID id, UUID cohortId,
                            @Schema(description = "Who may read it: PRIVATE, FACILITATORS or COHORT",
                                    example = "FACILITATORS")
                            String visibility,
                            @Schema(description = "When you first wrote it") Instant createdAt,
                            @Schema(description = "Every version, the first writing included, in order")
                            List<ExportedRevision> revisions) {
    }

    record ExportedRevision(@Schema(example = "1") int number, String text,
                            @Schema(description = "INDIVIDUAL or TEAM", example = "INDIVIDUAL") String scope,
                            @Schema(description = "The session it came from; null when none was named")
                            @Nullable UUID sessionId,
                            @Schema(description = "What changed and why; null when none was given") @Nullable String note,
                            Instant createdAt) {
    }

    record ExportedStakeholderMap(UUID questionId, Instant updatedAt, List<ExportedStakeholder> stakeholders) {
    }

    record ExportedStakeholder(String nameOrRole, @Nullable String function,
                               @Schema(example = "TEAM") String level,
                               @Schema(example = "4") int influence, @Schema(example = "5") int interest,
                               @Schema(description = "SUPPORTER, NEUTRAL, CRITIC or UNKNOWN", example = "SUPPORTER")
                               String stance,
                               boolean toInvolve, @Nullable String note) {
    }

    record ExportedCalendarSubscription(@Schema(example = "true") boolean exists,
                                        @Schema(description = "When it was made; null when there is none")
                                        @Nullable Instant createdAt) {
    }

    static TrajectoryExportView of(TrajectoryExport export) {
        CalendarSubscription calendar = export.calendarSubscription();
        return new TrajectoryExportView(PART, export.participantId(), export.exportedAt(),
                export.cohorts().stream().map(c -> new ExportedCohortPlace(c.cohortId(), c.cohortName(),
                        c.trajectoryId(), c.trajectoryTitle(), c.cohortStatus(), c.rosterStatus().name())).toList(),
                export.attendance().stream().map(a -> new ExportedAttendance(a.sessionId(), a.cohortId(),
                        a.sequence(), a.sessionTitle(), a.startsAt().atZone(Retention.ZONE).toLocalDate(),
                        a.status().name())).toList(),
                export.developmentQuestions().stream().map(TrajectoryExportView::question).toList(),
                export.stakeholderMaps().stream().map(TrajectoryExportView::map).toList(),
                new ExportedCalendarSubscription(calendar != null, calendar == null ? null : calendar.createdAt()));
    }

    private static ExportedQuestion question(DevelopmentQuestion q) {
        return new ExportedQuestion(q.id(), q.cohortId(), q.visibility().name(), q.createdAt(),
                q.revisions().stream().map(TrajectoryExportView::revision).toList());
    }

    private static ExportedRevision revision(Revision r) {
        return new ExportedRevision(r.number(), r.text(), r.scope().name(), r.sessionId(), blankToNull(r.note()),
                r.createdAt());
    }

    private static ExportedStakeholderMap map(StakeholderMap map) {
        return new ExportedStakeholderMap(map.questionId(), map.updatedAt(),
                map.stakeholders().stream().map(TrajectoryExportView::stakeholder).toList());
    }

    private static ExportedStakeholder stakeholder(Stakeholder s) {
        return new ExportedStakeholder(s.nameOrRole(), blankToNull(s.function()), s.level().name(), s.influence(),
                s.interest(), s.stance().name(), s.toInvolve(), blankToNull(s.note()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
