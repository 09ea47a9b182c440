package nl.koers.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A field without a text of its own is labelled by its name, spelt out as words. */
class PersonalDataReaderTest {

    @Test
    void spellsOutAFieldsNameInWords() {
        assertThat(PersonalDataReader.spelledOut("calendarSubscription")).isEqualTo("Calendar subscription");
        assertThat(PersonalDataReader.spelledOut("withAField")).isEqualTo("With a field");
        assertThat(PersonalDataReader.spelledOut("given_at")).isEqualTo("Given at");
        assertThat(PersonalDataReader.spelledOut("role-fans")).isEqualTo("Role fans");
        assertThat(PersonalDataReader.spelledOut("x")).isEqualTo("X");
    }
}
