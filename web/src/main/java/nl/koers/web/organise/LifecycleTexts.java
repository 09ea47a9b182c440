package nl.koers.web.organise;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.koers.web.i18n.Formats;
import nl.koers.web.organise.OrganiseModels.Cohort;
import nl.koers.web.organise.OrganiseModels.Seats;
import nl.koers.web.organise.OrganiseModels.Session;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a step in a cohort's life does, in sentences for its confirmation page: who sees what, what happens to
 * the enrolments, and what can no longer change. Each sentence says what the services do (trajectory-service's
 * Cohort and SessionService, enrolment-service's Roster, reflection-service's membership and evaluation rules),
 * with this cohort's own numbers where they are known. Koers sends no e-mail, and no sentence says it does.
 */
@Component
class LifecycleTexts {

    private final MessageSource messages;
    private final Formats formats;
    private final Clock clock;

    LifecycleTexts(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        this.clock = Clock.systemUTC();
    }

    /**
     * @param seats    the cohort's counts, or null when they are not known (the sentences then give no numbers)
     * @param sessions the cohort's sessions, or null when they could not be read
     */
    List<String> of(Lifecycle step, Cohort cohort, Seats seats, List<Session> sessions) {
        List<String> texts = new ArrayList<>();
        String prefix = "organise.lifecycle." + step.action() + ".";
        switch (step) {
            case OPEN -> {
                texts.add(text(prefix + "catalogue"));
                texts.add(window(cohort));
                texts.add(text(prefix + "seats", cohort.capacity()));
                if ("CLOSED".equals(cohort.status())) {
                    texts.add(counts(prefix + "keep", seats));
                }
                texts.add(text(prefix + "told"));
                texts.add(text(prefix + "undo"));
            }
            case CLOSE -> {
                texts.add(text(prefix + "stops"));
                texts.add(counts(prefix + "keep", seats));
                texts.add(text(prefix + "told"));
                texts.add(text(prefix + "undo"));
            }
            case COMPLETE -> {
                texts.add(seats == null ? text(prefix + "completes.noCounts") : text(prefix + "completes", seats.confirmed()));
                texts.add(seats == null ? text(prefix + "waitlist.noCounts") : text(prefix + "waitlist", seats.waitlisted()));
                texts.add(text(prefix + "freezes"));
                long coming = coming(sessions);
                if (coming > 0) {
                    texts.add(text(prefix + "sessions", coming));
                }
                texts.add(text(prefix + "told"));
                texts.add(text(prefix + "undo"));
            }
            case CANCEL -> {
                texts.add(text(prefix + "stops"));
                texts.add(counts(prefix + "keep", seats));
                texts.add(sessions != null && sessions.stream().anyMatch(s -> !s.cancelled())
                        ? text(prefix + "sessions") : text(prefix + "noSessions"));
                texts.add(text(prefix + "told"));
                texts.add(text(prefix + "undo"));
            }
        }
        return texts;
    }

    /** When participants can enrol once the cohort is open, as its enrolment window says. */
    private String window(Cohort cohort) {
        Instant now = clock.instant();
        Instant opens = cohort.enrolmentOpensAt() != null && cohort.enrolmentOpensAt().isAfter(now) ? cohort.enrolmentOpensAt() : null;
        Instant closes = cohort.enrolmentClosesAt();
        String prefix = "organise.lifecycle.open.window.";
        if (closes != null && !closes.isAfter(now)) {
            return text(prefix + "passed", formats.dateTime(closes));
        }
        if (opens != null && closes != null) {
            return text(prefix + "between", formats.dateTime(opens), formats.dateTime(closes));
        }
        if (opens != null) {
            return text(prefix + "from", formats.dateTime(opens));
        }
        return closes != null ? text(prefix + "until", formats.dateTime(closes)) : text(prefix + "open");
    }

    private String counts(String key, Seats seats) {
        return seats == null ? text(key + ".noCounts") : text(key, seats.confirmed(), seats.waitlisted());
    }

    /** Sessions that still take place and have not started: they stay planned when the cohort completes. */
    private long coming(List<Session> sessions) {
        Instant now = clock.instant();
        return sessions == null ? 0 : sessions.stream().filter(s -> !s.cancelled() && s.startsAt().isAfter(now)).count();
    }

    private String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }
}
