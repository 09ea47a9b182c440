package nl.koers.trajectory.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatesTest {

    @Test
    void ratesAreFractionsToFourDecimals() {
        assertThat(Rates.rate(27, 30)).hasValue(0.9);
        assertThat(Rates.rate(2, 3)).hasValue(0.6667);
        assertThat(Rates.rate(0, 8)).hasValue(0.0);
    }

    @Test
    void averagesAreRoundedToTwoDecimals() {
        assertThat(Rates.average(21, 5)).hasValue(4.2);
        assertThat(Rates.average(10, 3)).hasValue(3.33);
    }

    @Test
    void nothingDividedByNothingIsNoFigureNotZero() {
        assertThat(Rates.rate(0, 0)).isEmpty();
        assertThat(Rates.average(0, 0)).isEmpty();
    }
}
