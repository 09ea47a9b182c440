package nl.koers.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** The period a coalition report is asked for: school years from 1 August, dates completed and checked as the API does. */
class PeriodFormTest {

    /** 31 July 2026, 23:30 in Amsterdam: still the school year 2025-2026. */
    private static final Clock LAST_EVENING = Clock.fixed(Instant.parse("2026-07-31T21:30:00Z"), ZoneOffset.UTC);
    /** 31 July 2026, 22:30 UTC is 00:30 on 1 August in Amsterdam: the new school year has begun there. */
    private static final Clock FIRST_MORNING = Clock.fixed(Instant.parse("2026-07-31T22:30:00Z"), ZoneOffset.UTC);

    private static Period period(PeriodForm form, Clock clock, Errors errors) {
        return form.period(clock, errors);
    }

    private static Errors errors(PeriodForm form) {
        return new BeanPropertyBindingResult(form, "periodForm");
    }

    @Test
    void isTheCurrentSchoolYearInDutchTimeWhenNothingIsAsked() {
        PeriodForm none = new PeriodForm(null, null, null);
        assertThat(period(none, LAST_EVENING, errors(none))).isEqualTo(Period.schoolYear(2025));
        assertThat(period(none, FIRST_MORNING, errors(none))).isEqualTo(Period.schoolYear(2026));
    }

    @Test
    void namesASchoolYearAfterTheYearItStartsIn() {
        PeriodForm form = new PeriodForm("2026", "", "");
        Period year = period(form, LAST_EVENING, errors(form));
        assertThat(year).isEqualTo(new Period(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31)));
        assertThat(year.schoolYear()).isEqualTo(2026);
        assertThat(year.slug()).isEqualTo("2026-2027");
        assertThat(PeriodForm.of(year)).isEqualTo(new PeriodForm("2026", "", ""));
    }

    @Test
    void completesOneDateToTheEndOrStartOfItsSchoolYearAndPrefersDatesOverAYear() {
        PeriodForm from = new PeriodForm("2020", "2026-09-01", "");
        assertThat(period(from, LAST_EVENING, errors(from))).isEqualTo(new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 31)));
        PeriodForm to = new PeriodForm(null, null, "2027-03-31");
        Period until = period(to, LAST_EVENING, errors(to));
        assertThat(until).isEqualTo(new Period(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 3, 31)));
        assertThat(until.schoolYear()).isNull();
        assertThat(until.slug()).isEqualTo("2026-08-01-2027-03-31");
    }

    @Test
    void refusesWhatTheApiWouldRefuseWithAReasonPerField() {
        assertThat(refusal(new PeriodForm(null, "01-08-2026", null))).isEqualTo("from:report.period.error.date");
        assertThat(refusal(new PeriodForm(null, "2026-08-01", "2026-07-31"))).isEqualTo("to:report.period.error.toBeforeFrom");
        assertThat(refusal(new PeriodForm(null, "2016-08-01", "2026-08-01"))).isEqualTo("to:report.period.error.tooLong");
        assertThat(refusal(new PeriodForm(null, "2101-01-01", null))).isEqualTo("from:report.period.error.outOfRange");
        assertThat(refusal(new PeriodForm("2100", null, null))).isEqualTo("year:report.period.error.year");
        assertThat(refusal(new PeriodForm("1999", null, null))).isEqualTo("year:report.period.error.year");
        // Just under ten years is allowed, as the API allows it.
        PeriodForm almost = new PeriodForm(null, "2016-08-01", "2026-07-31");
        assertThat(period(almost, LAST_EVENING, errors(almost))).isNotNull();
    }

    private static String refusal(PeriodForm form) {
        Errors errors = errors(form);
        assertThat(period(form, LAST_EVENING, errors)).isNull();
        assertThat(errors.getFieldErrorCount()).isEqualTo(1);
        return errors.getFieldErrors().getFirst().getField() + ":" + errors.getFieldErrors().getFirst().getCode();
    }
}
