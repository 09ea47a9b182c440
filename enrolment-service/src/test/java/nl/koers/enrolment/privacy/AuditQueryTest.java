package nl.koers.enrolment.privacy;

import nl.koers.defaults.problem.InvalidField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static AuditQuery period(String from, String to) {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(from).map(LocalDate::parse), Optional.ofNullable(to).map(LocalDate::parse));
    }

    private static AuditQuery service(String service) {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(service), Optional.empty(), Optional.empty());
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsNamingFrom() {
        assertThatThrownBy(() -> period("2026-12-02", "2026-12-01")).isInstanceOfSatisfying(InvalidField.class,
                e -> {
                    assertThat(e.field()).isEqualTo("from");
                    assertThat(e.getMessage()).contains("2026-12-02").contains("2026-12-01");
                });
    }

    @Test
    void oneDayIsAPeriodOfItsOwnInDutchTime() {
        AuditQuery winter = period("2026-12-01", "2026-12-01");
        AuditQuery summer = period("2026-07-01", "2026-07-01");

        assertThat(winter.since()).contains(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(winter.before()).contains(Instant.parse("2026-12-01T23:00:00Z"));
        assertThat(summer.since()).contains(Instant.parse("2026-06-30T22:00:00Z"));
    }

    @Test
    void eitherEndMayBeLeftOpen() {
        assertThat(period(null, "2026-12-01").since()).isEmpty();
        assertThat(period("2026-12-01", null).before()).isEmpty();
        assertThat(period(null, null).since()).isEmpty();
    }

    @Test
    void refusesDaysOutsideTheYearsKoersCanHoldNamingTheField() {
        assertThatThrownBy(() -> period("1999-12-31", null)).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> period(null, "+999999999-12-31")).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo("to"));
    }

    @Test
    void knowsOnlyTheFourServices() {
        assertThat(service("trajectory").service()).contains("trajectory");
        assertThat(service("notification").service()).contains("notification");
        assertThatThrownBy(() -> service("gateway")).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo("service"));
    }
}
