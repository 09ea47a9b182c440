package nl.koers.trajectory.calendar;

import nl.koers.trajectory.session.Session;

/** One session in a calendar feed, with the name of its cohort so the calendar shows which group it is. */
public record CalendarEntry(Session session, String cohortName) {
}
