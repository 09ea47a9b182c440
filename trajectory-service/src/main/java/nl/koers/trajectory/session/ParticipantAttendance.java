package nl.koers.trajectory.session;

/**
 * One participant's attendance over a cohort's held (not cancelled) sessions: how often they were marked
 * present, excused or absent, and the rate present among those marks (null while none is recorded).
 */
public record ParticipantAttendance(String participantId, int present, int excused, int absent) {

    public int marked() {
        return present + excused + absent;
    }

    public Double rate() {
        return marked() == 0 ? null : (double) present / marked();
    }
}
