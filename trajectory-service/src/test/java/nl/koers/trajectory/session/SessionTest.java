package nl.koers.trajectory.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.koers.defaults.problem.Conflict;
import nl.koers.defaults.problem.InvalidRequest;
import nl.koers.events.AttendanceRecorded;
import nl.koers.events.SessionCancelled;
import nl.koers.events.SessionRescheduled;
import nl.koers.events.SessionScheduled;
import nl.koers.trajectory.trajectory.AgendaItem;
import nl.koers.trajectory.trajectory.WorkForm;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Instant NOW = Instant.parse("2025-09-01T09:00:00Z");
    private static final Instant START = Instant.parse("2025-10-01T12:00:00Z");
    private static final UUID COHORT = UUID.randomUUID();
    private static final UUID TRAJECTORY = UUID.randomUUID();

    private static SessionPlan plan(Instant startsAt, String place) {
        return new SessionPlan("Ontwikkelvragen verdiepen", "Interviews en verfijning", startsAt,
                startsAt.plus(Duration.ofHours(3)), place, "",
                List.of(new AgendaItem(WorkForm.INTERVIEW, "Interviews", 45, null)));
    }

    private static Session restored() {
        Session session = Session.schedule(COHORT, TRAJECTORY, 1, plan(START, "Utrecht"), NOW);
        return Session.restore(session.id(), COHORT, TRAJECTORY, 1, session.plan(), SessionStatus.SCHEDULED,
                Attendance.NONE, 3);
    }

    @Test
    void schedulesAtVersionOneAndPublishesItsFacts() {
        Session session = Session.schedule(COHORT, TRAJECTORY, 2, plan(START, "Utrecht"), NOW);

        assertThat(session.version()).isEqualTo(1);
        assertThat(session.pendingEvents()).singleElement().isInstanceOfSatisfying(SessionScheduled.class, e -> {
            assertThat(e.sessionId()).isEqualTo(session.id());
            assertThat(e.sessionVersion()).isEqualTo(1);
            assertThat(e.session().cohortId()).isEqualTo(COHORT);
            assertThat(e.session().trajectoryId()).isEqualTo(TRAJECTORY);
            assertThat(e.session().sequence()).isEqualTo(2);
            assertThat(e.session().startsAt()).isEqualTo(START);
            assertThat(e.session().status()).isEqualTo("SCHEDULED");
        });
    }

    @Test
    void movingInTimeOrPlaceIsARescheduling() {
        Session session = restored();

        session.revise(plan(START.plus(Duration.ofDays(7)), "Utrecht"), NOW);
        session.revise(plan(START.plus(Duration.ofDays(7)), "Amersfoort"), NOW);

        assertThat(session.version()).isEqualTo(5);
        assertThat(session.pendingEvents()).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(SessionRescheduled.class));
        assertThat(((SessionRescheduled) session.pendingEvents().getFirst()).session().startsAt())
                .isEqualTo(START.plus(Duration.ofDays(7)));
        assertThat(((SessionRescheduled) session.pendingEvents().get(1)).sessionVersion()).isEqualTo(5);
    }

    @Test
    void changingOnlyTheAgendaRaisesTheVersionWithoutARescheduling() {
        Session session = restored();
        SessionPlan current = session.plan();

        session.revise(new SessionPlan(current.title(), "Nieuw thema", current.startsAt(), current.endsAt(),
                current.place(), "", List.of()), NOW);

        assertThat(session.version()).isEqualTo(4);
        assertThat(session.pendingEvents()).isEmpty();
    }

    @Test
    void anUnchangedPlanChangesNothing() {
        Session session = restored();

        session.revise(plan(START, "Utrecht"), NOW);

        assertThat(session.version()).isEqualTo(3);
        assertThat(session.pendingEvents()).isEmpty();
    }

    @Test
    void cancelsOnceAndThenRefusesChanges() {
        Session session = restored();

        session.cancel(NOW);

        assertThat(session.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(session.pendingEvents()).singleElement().isInstanceOfSatisfying(SessionCancelled.class, e -> {
            assertThat(e.sessionVersion()).isEqualTo(4);
            assertThat(e.session().status()).isEqualTo("CANCELLED");
        });
        assertThatThrownBy(() -> session.cancel(NOW)).isInstanceOf(Conflict.class).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> session.revise(plan(START, "Zwolle"), NOW)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> session.recordAttendance(List.of(), Set.of(), "fac-1", NOW))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void recordsAttendanceOfConfirmedParticipantsAndItsRate() {
        Session session = restored();

        session.recordAttendance(List.of(new AttendanceMark("ann", AttendanceStatus.PRESENT),
                new AttendanceMark("bea", AttendanceStatus.EXCUSED),
                new AttendanceMark("cas", AttendanceStatus.PRESENT),
                new AttendanceMark("dirk", AttendanceStatus.ABSENT)), Set.of("ann", "bea", "cas", "dirk", "eva"),
                "fac-1", NOW);

        assertThat(session.attendance().rate()).isEqualTo(0.5);
        assertThat(session.attendance().recordedBy()).isEqualTo("fac-1");
        assertThat(session.attendance().count(AttendanceStatus.EXCUSED)).isEqualTo(1);
        assertThat(session.pendingEvents()).singleElement().isInstanceOfSatisfying(AttendanceRecorded.class, e -> {
            assertThat(e.attendanceVersion()).isEqualTo(4);
            assertThat(e.cohortId()).isEqualTo(COHORT);
            assertThat(e.marks()).extracting(AttendanceRecorded.Mark::participantId, AttendanceRecorded.Mark::status)
                    .startsWith(org.assertj.core.groups.Tuple.tuple("ann", "PRESENT"));
        });
    }

    @Test
    void refusesAttendanceForSomeoneWithoutAConfirmedSeatOrMarkedTwice() {
        Session session = restored();

        assertThatThrownBy(() -> session.recordAttendance(List.of(new AttendanceMark("zoe", AttendanceStatus.PRESENT)),
                Set.of("ann"), "fac-1", NOW)).isInstanceOf(InvalidRequest.class).hasMessageContaining("zoe");
        assertThatThrownBy(() -> session.recordAttendance(List.of(new AttendanceMark("ann", AttendanceStatus.PRESENT),
                new AttendanceMark("ann", AttendanceStatus.ABSENT)), Set.of("ann"), "fac-1", NOW))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("twice");
        assertThat(session.version()).isEqualTo(3);
    }

    @Test
    void refusesASequenceOutsideOneToFifty() {
        assertThatThrownBy(() -> Session.schedule(COHORT, TRAJECTORY, 0, plan(START, "Utrecht"), NOW))
                .isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> Session.schedule(COHORT, TRAJECTORY, 51, plan(START, "Utrecht"), NOW))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void refusesTimesOutsideThePlanningYears() {
        Instant far = Instant.parse("+999999999-12-31T09:00:00Z");
        assertThatThrownBy(() -> new SessionPlan("S", "", far, far.plusSeconds(3600), "Utrecht", "", List.of()))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("startsAt +999999999-12-31T09:00:00Z")
                .hasMessageContaining("years 2000 to 2100");
        Instant lastDay = Instant.parse("2100-12-31T23:00:00Z");
        assertThatThrownBy(() -> new SessionPlan("S", "", lastDay, lastDay.plusSeconds(7200), "Utrecht", "", List.of()))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("endsAt 2101-01-01T01:00:00Z");
    }

    @Test
    void aPlanNeedsAnEndAfterItsStartAPlaceOrLinkAndAWebLink() {
        assertThatThrownBy(() -> new SessionPlan("S", "", START, START, "Utrecht", "", List.of()))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("endsAt");
        assertThatThrownBy(() -> new SessionPlan("S", "", START, START.plus(Duration.ofHours(13)), "Utrecht", "", List.of()))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("12 hours");
        assertThatThrownBy(() -> new SessionPlan("S", "", START, START.plusSeconds(3600), " ", null, List.of()))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("place");
        assertThatThrownBy(() -> new SessionPlan("S", "", START, START.plusSeconds(3600), null, "javascript:alert(1)", List.of()))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("http");
        assertThatThrownBy(() -> new SessionPlan("S", "", START, START.plusSeconds(3600), "Utrecht", "",
                List.of(new AgendaItem(WorkForm.INTERVIEW, "", 45, null), new AgendaItem(WorkForm.EVALUATION, "", 30, null))))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("75 minutes").hasMessageContaining("lasts 60");
        assertThat(new SessionPlan("S", null, START, START.plusSeconds(3600), null, "https://meet.example.org/x", null)
                .onlineLink()).isEqualTo("https://meet.example.org/x");
    }

    @Test
    void aParticipantsRateIsPresentAmongTheirMarks() {
        assertThat(new ParticipantAttendance("ann", 3, 1, 0).rate()).isEqualTo(0.75);
        assertThat(new ParticipantAttendance("bea", 0, 0, 0).rate()).isNull();
    }
}
