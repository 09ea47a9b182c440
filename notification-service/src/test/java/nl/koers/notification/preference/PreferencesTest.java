package nl.koers.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Preferences and the choice of a mail's language, without Spring. */
class PreferencesTest {

    @Test
    void someoneWhoStoredNothingGetsEveryMailInDutch() {
        Preferences defaults = Preferences.defaults("anna");

        assertThat(defaults.language()).isEqualTo(Language.NL);
        assertThat(defaults.topics()).containsOnlyKeys(Topic.values()).doesNotContainValue(false);
        assertThat(defaults.version()).isZero();
    }

    @Test
    void aMailIsInTheRecipientsChosenLanguageAndInDutchOtherwise() {
        Preferences english = new Preferences("anna", Language.EN, all(true), 2);

        assertThat(Language.forRecipient(Optional.of(english))).isEqualTo(Language.EN);
        assertThat(Language.forRecipient(Optional.of(Preferences.defaults("bram")))).isEqualTo(Language.NL);
        assertThat(Language.forRecipient(Optional.empty())).isEqualTo(Language.NL);
    }

    @Test
    void onlyDutchAndEnglishAreLanguages() {
        assertThat(Language.ofCode("en")).contains(Language.EN);
        assertThat(Language.ofCode("nl")).contains(Language.NL);
        assertThat(Language.ofCode("de")).isEmpty();
        assertThat(Language.ofCode("EN")).isEmpty();
    }

    @Test
    void theSeatTopicCannotBeTurnedOff() {
        Map<Topic, Boolean> noSeat = all(true);
        noSeat.put(Topic.SEAT, false);

        assertThatThrownBy(() -> new Preferences("anna", Language.NL, noSeat, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Preferences.locked()).containsExactly(Topic.SEAT);
    }

    @Test
    void everyTopicMustBeSet() {
        Map<Topic, Boolean> partial = all(true);
        partial.remove(Topic.FEEDBACK);

        assertThatThrownBy(() -> new Preferences("anna", Language.NL, partial, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTopicTurnedOffIsNotWantedAndAnInvitationAlwaysIs() {
        Map<Topic, Boolean> topics = all(true);
        topics.put(Topic.SESSION_REMINDERS, false);
        Preferences preferences = new Preferences("anna", Language.NL, topics, 1);

        assertThat(preferences.wants(Topic.SESSION_REMINDERS)).isFalse();
        assertThat(preferences.wants(Topic.SESSION_CHANGES)).isTrue();
        assertThat(preferences.wants(null)).isTrue();
    }

    private static Map<Topic, Boolean> all(boolean on) {
        Map<Topic, Boolean> topics = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            topics.put(topic, on);
        }
        return topics;
    }
}
