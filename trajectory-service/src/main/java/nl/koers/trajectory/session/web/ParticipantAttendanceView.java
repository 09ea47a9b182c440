package nl.koers.trajectory.session.web;

import nl.koers.trajectory.session.ParticipantAttendance;

/** One participant's attendance over a cohort's held sessions, with the rate present among their marks. */
record ParticipantAttendanceView(String participantId, int present, int excused, int absent, int marked, Double rate) {

    static ParticipantAttendanceView of(ParticipantAttendance a) {
        return new ParticipantAttendanceView(a.participantId(), a.present(), a.excused(), a.absent(), a.marked(),
                a.rate());
    }
}
