package nl.koers.web.organise;

import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.koers.web.organise.OrganiseModels.Session;
import org.springframework.validation.Errors;

/**
 * When and where a session takes place, as a form holds it: a day, a start and an end on the clock (Dutch
 * time), a place, an online link, or both. trajectory-service's SessionPlan rules are repeated here so that each
 * message is in the reader's language and beside its field: it ends after it starts and within 12 hours, its
 * agenda fits in it, and an online link is a web address.
 */
record SlotRow(String date, String startTime, String endTime,
               @Size(max = 300, message = "{validation.size.max}") String place,
               @Size(max = 500, message = "{validation.size.max}") String onlineLink) {

    static final Duration MAX_LENGTH = Duration.ofHours(12);

    static final SlotRow EMPTY = new SlotRow("", "", "", "", "");

    /** The session's current time and place, to move it. */
    static SlotRow of(Session session) {
        return new SlotRow(Moments.dateOf(session.startsAt()), Moments.timeOf(session.startsAt()),
                Moments.timeOf(session.endsAt()), session.place() == null ? "" : session.place(),
                session.onlineLink() == null ? "" : session.onlineLink());
    }

    /**
     * @param path          the row's path in the form ({@code slots[2].}), or empty when the row is the form
     * @param agendaMinutes how long the session's agenda takes: the session must last at least as long
     */
    void check(Errors errors, String path, int agendaMinutes) {
        LocalDate day = null;
        if (Moments.blank(date)) {
            errors.rejectValue(path + "date", "validation.required");
        } else {
            day = Moments.date(date);
            if (day == null) {
                errors.rejectValue(path + "date", "organise.date.invalid");
            } else if (!Moments.plannable(day)) {
                errors.rejectValue(path + "date", "organise.date.outOfRange");
                day = null;
            }
        }
        LocalTime start = time(errors, path + "startTime", startTime);
        LocalTime end = time(errors, path + "endTime", endTime);
        if (day != null && start != null && end != null) {
            Duration length = Duration.between(Moments.at(day, start), Moments.at(day, end));
            if (!length.isPositive()) {
                errors.rejectValue(path + "endTime", "organise.slot.endBeforeStart");
            } else if (length.compareTo(MAX_LENGTH) > 0) {
                errors.rejectValue(path + "endTime", "organise.slot.tooLong");
            } else if (agendaMinutes > length.toMinutes()) {
                errors.rejectValue(path + "endTime", "organise.slot.agendaTooLong",
                        new Object[] {agendaMinutes, length.toMinutes()}, null);
            }
        }
        if (Moments.blank(place) && Moments.blank(onlineLink)) {
            errors.rejectValue(path + "place", "organise.slot.placeOrLink");
        }
        if (!Moments.blank(onlineLink) && !isWebAddress(onlineLink.strip())) {
            errors.rejectValue(path + "onlineLink", "organise.slot.link.invalid");
        }
    }

    Instant startsAt() {
        return Moments.at(Moments.date(date), Moments.time(startTime));
    }

    Instant endsAt() {
        return Moments.at(Moments.date(date), Moments.time(endTime));
    }

    /** The slot as the API takes it (SlotRequest, and the time and place of ReviseSessionRequest); after {@link #check}. */
    Request toRequest() {
        return new Request(startsAt(), endsAt(), strip(place), strip(onlineLink));
    }

    /** An empty place or link is sent as empty, which removes it from a session being moved. */
    record Request(Instant startsAt, Instant endsAt, String place, String onlineLink) {
    }

    private static LocalTime time(Errors errors, String field, String value) {
        if (Moments.blank(value)) {
            errors.rejectValue(field, "validation.required");
            return null;
        }
        LocalTime time = Moments.time(value);
        if (time == null) {
            errors.rejectValue(field, "organise.time.invalid");
        }
        return time;
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
