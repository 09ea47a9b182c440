package nl.koers.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTest {

    private final Formats formats = new Formats();

    @AfterEach
    void forgetTheReader() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void writesDatesTheDutchWay() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));

        assertThat(formats.date(LocalDate.of(2027, 1, 15))).isEqualTo("15 januari 2027");
        assertThat(formats.percent(0.75)).isEqualTo("75%");
    }

    @Test
    void writesEnglishDatesDayFirst() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(formats.date(LocalDate.of(2027, 1, 15))).isEqualTo("15 January 2027");
    }

    @Test
    void showsMomentsInAmsterdamTime() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));

        // 12:30 UTC in summer is 14:30 in Amsterdam, in winter 13:30.
        assertThat(formats.time(Instant.parse("2027-06-15T12:30:00Z"))).isEqualTo("14:30");
        assertThat(formats.time(Instant.parse("2027-01-15T12:30:00Z"))).isEqualTo("13:30");
    }
}
