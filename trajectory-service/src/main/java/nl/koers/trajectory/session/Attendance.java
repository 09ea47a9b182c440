package nl.koers.trajectory.session;

import java.time.Instant;
import java.util.List;

/**
 * The attendance last recorded for a session, whole: who recorded it, when, and one mark per participant.
 * {@link #NONE} until someone records it.
 */
public record Attendance(List<AttendanceMark> marks, String recordedBy, Instant recordedAt) {

    public static final Attendance NONE = new Attendance(List.of(), null, null);

    public Attendance {
        marks = List.copyOf(marks);
    }

    public boolean recorded() {
        return recordedAt != null;
    }

    public long count(AttendanceStatus status) {
        return marks.stream().filter(m -> m.status() == status).count();
    }

    /** Present among those marked, 0 to 1; null when nobody is marked yet. */
    public Double rate() {
        return marks.isEmpty() ? null : (double) count(AttendanceStatus.PRESENT) / marks.size();
    }
}
