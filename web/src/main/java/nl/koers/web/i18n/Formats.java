package nl.koers.web.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times and numbers as the reader expects them: in their language's conventions and, for moments, in
 * Dutch time (Europe/Amsterdam), wherever the server runs. Used from templates as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** "15 januari 2027" / "15 January 2027". */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(reader()).format(date);
    }

    /** "do 15 jan. 2027, 13:30" in Amsterdam time. */
    public String dateTime(Instant moment) {
        return moment == null ? "" : DateTimeFormatter.ofPattern(pattern("EEE d MMM yyyy, HH:mm", "EEE d MMM yyyy, HH:mm"))
                .withLocale(reader()).withZone(AMSTERDAM).format(moment);
    }

    /** "13:30". */
    public String time(Instant moment) {
        return moment == null ? "" : DateTimeFormatter.ofPattern("HH:mm").withZone(AMSTERDAM).format(moment);
    }

    /** The date of a moment in Amsterdam, as {@link #date(LocalDate)}. */
    public String day(Instant moment) {
        return moment == null ? "" : date(moment.atZone(AMSTERDAM).toLocalDate());
    }

    /** A machine-readable moment for {@code <time datetime>}. */
    public String iso(Instant moment) {
        return moment == null ? "" : moment.toString();
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getNumberInstance(reader()).format(number);
    }

    /** A rate from 0 to 1 as "83%" or "83 %" per the reader's language. */
    public String percent(Double rate) {
        return rate == null ? "" : NumberFormat.getPercentInstance(reader()).format(rate);
    }

    /**
     * The reader's locale for formatting: English readers get British conventions ("31 December 2026"), closer
     * to the Dutch order than American ones, since Koers' English readers are in Dutch education too.
     */
    private static java.util.Locale reader() {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) && locale.getCountry().isEmpty() ? java.util.Locale.UK : locale;
    }

    private static String pattern(String dutch, String english) {
        return "nl".equals(reader().getLanguage()) ? dutch : english;
    }
}
