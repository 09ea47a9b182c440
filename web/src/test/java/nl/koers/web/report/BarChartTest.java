package nl.koers.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.koers.web.report.BarChart.Entry;
import nl.koers.web.report.BarChart.Kind;
import nl.koers.web.report.ReportModels.Figure;
import org.junit.jupiter.api.Test;

/** The bar chart's geometry: bars scale to their kind, a suppressed figure is a short hatched bar, never a bar of 0. */
class BarChartTest {

    @Test
    void scalesCountsToTheLargestAndRatesToAHundredPercent() {
        BarChart counts = BarChart.of("c", "t", "g", "v", Kind.COUNT, List.of(
                new Entry("a", Figure.of(20), "20", null), new Entry("b", Figure.of(5), "5", null)));
        assertThat(counts.bars()).extracting(BarChart.Bar::width).containsExactly(BarChart.BAR_SPACE, BarChart.BAR_SPACE / 4);
        BarChart rates = BarChart.of("r", "t", "g", "v", Kind.RATE, List.of(new Entry("a", Figure.of(0.5), "50%", null)));
        assertThat(rates.bars().getFirst().width()).isEqualTo(BarChart.BAR_SPACE / 2);
        BarChart ratings = BarChart.of("e", "t", "g", "v", Kind.AVERAGE, List.of(new Entry("a", Figure.of(4.0), "4", null)));
        assertThat(ratings.bars().getFirst().width()).isEqualTo(BarChart.BAR_SPACE * 4 / 5);
    }

    @Test
    void drawsASuppressedFigureAsAShortHatchedBarAndNoFigureAsNoBar() {
        BarChart chart = BarChart.of("s", "Status", "g", "v", Kind.COUNT, List.of(
                new Entry("Bevestigd", Figure.of(6), "6", null), new Entry("Op de wachtlijst", Figure.SUPPRESSED, "< 5", null),
                new Entry("Niets", null, "geen cijfer", null)));
        assertThat(chart.bars().get(1)).satisfies(bar -> {
            assertThat(bar.suppressed()).isTrue();
            assertThat(bar.width()).isEqualTo(BarChart.SUPPRESSED_WIDTH);
        });
        assertThat(chart.bars().get(2)).satisfies(bar -> {
            assertThat(bar.none()).isTrue();
            assertThat(bar.width()).isZero();
        });
        assertThat(chart.anySuppressed()).isTrue();
        assertThat(chart.summary()).isEqualTo("Bevestigd: 6; Op de wachtlijst: < 5; Niets: geen cijfer");
    }

    @Test
    void drawsAtMostTwentyBarsAndShortensLongNamesWhileTheTableKeepsThemWhole() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            entries.add(new Entry("Regionaal Opleidingencentrum nummer " + i, Figure.of(i), String.valueOf(i), null));
        }
        BarChart chart = BarChart.of("i", "t", "g", "v", Kind.COUNT, entries);
        assertThat(chart.drawn()).hasSize(20);
        assertThat(chart.notDrawn()).isEqualTo(5);
        assertThat(chart.bars()).hasSize(25);
        assertThat(chart.height()).isEqualTo(2 * BarChart.TOP + 20 * BarChart.ROW);
        assertThat(chart.bars().getFirst().shortLabel()).hasSizeLessThanOrEqualTo(BarChart.LABEL_CHARS).endsWith("…");
        assertThat(chart.bars().getFirst().label()).isEqualTo("Regionaal Opleidingencentrum nummer 1");
    }
}
