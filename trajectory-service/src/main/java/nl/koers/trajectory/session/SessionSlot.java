package nl.koers.trajectory.session;

import java.time.Instant;

/** When and where one blueprint session takes place for a cohort; the blueprint supplies the rest. */
public record SessionSlot(Instant startsAt, Instant endsAt, String place, String onlineLink) {
}
