package nl.koers.trajectory.session;

/** How a confirmed participant attended a session: there, excused beforehand, or absent without notice. */
public enum AttendanceStatus {
    PRESENT, EXCUSED, ABSENT
}
