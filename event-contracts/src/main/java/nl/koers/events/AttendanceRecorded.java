package nl.koers.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A facilitator or organiser recorded who attended a session; each recording replaces the previous one
 * whole, ordered by {@code attendanceVersion}.
 */
public record AttendanceRecorded(UUID eventId, Instant occurredAt, UUID sessionId, UUID cohortId,
                                 long attendanceVersion, List<Mark> marks) implements SessionEvent {

    /** One participant's attendance: PRESENT, EXCUSED or ABSENT. */
    public record Mark(String participantId, String status) {
    }

    @Override
    public String subject() {
        return sessionId.toString();
    }
}
