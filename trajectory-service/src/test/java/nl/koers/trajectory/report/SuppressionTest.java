package nl.koers.trajectory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private final Suppression coalition = Suppression.forAggregatesOnly();
    private final Suppression organiser = Suppression.none();

    @Test
    void suppressesCountsOfFewerThanFivePeopleIncludingZeroForAggregateReaders() {
        for (long n = 0; n < 5; n++) {
            assertThat(coalition.count(n)).isEqualTo(Figure.hidden());
            assertThat(coalition.count(n).isSuppressed()).isTrue();
            assertThat(coalition.count(n).value()).isNull();
        }
        assertThat(coalition.count(5)).isEqualTo(Figure.of(5L));
    }

    @Test
    void showsOrganisersEveryCount() {
        assertThat(organiser.count(0)).isEqualTo(Figure.of(0L));
        assertThat(organiser.count(3)).isEqualTo(Figure.of(3L));
    }

    @Test
    void aRateIsSuppressedByTheSizeOfItsGroupAndIsNoneWithoutOne() {
        assertThat(coalition.about(4, OptionalDouble.of(0.75))).isEqualTo(Figure.hidden());
        assertThat(coalition.about(5, OptionalDouble.of(0.8))).isEqualTo(Figure.of(0.8));
        assertThat(coalition.about(0, OptionalDouble.empty())).isEqualTo(Figure.none());
        assertThat(Figure.none().isSuppressed()).isFalse();
    }

    @Test
    void evaluationsBelowFiveResponsesAreSuppressedForEveryReader() {
        assertThat(organiser.responses(4)).isEqualTo(Figure.hidden());
        assertThat(organiser.evaluation(4, OptionalDouble.of(4.0))).isEqualTo(Figure.hidden());
        assertThat(organiser.evaluation(5, OptionalDouble.of(4.2))).isEqualTo(Figure.of(4.2));
        assertThat(coalition.responses(5)).isEqualTo(Figure.of(5L));
    }

    @Test
    void foldsSmallGroupsOfABreakdownIntoOtherSoTheirNamesDoNotShow() {
        Map<String, Long> institutions = new LinkedHashMap<>();
        institutions.put("ROC Midden", 12L);
        institutions.put("ROC Klein", 2L);
        institutions.put("Hogeschool Zuid", 1L);

        Map<String, Figure> shown = coalition.breakdown(institutions);

        assertThat(shown).containsOnlyKeys("ROC Midden", Suppression.OTHER);
        assertThat(shown.get("ROC Midden")).isEqualTo(Figure.of(12L));
        assertThat(shown.get(Suppression.OTHER)).isEqualTo(Figure.hidden());
        assertThat(organiser.breakdown(institutions)).hasSize(3);
    }

    @Test
    void showsTheOtherBucketWhenTheFoldedGroupsAddUpToFive() {
        Map<String, Figure> shown = coalition.breakdown(Map.of("A", 3L, "B", 2L, "C", 9L));

        assertThat(shown.get(Suppression.OTHER)).isEqualTo(Figure.of(5L));
    }
}
