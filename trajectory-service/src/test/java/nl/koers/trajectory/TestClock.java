package nl.koers.trajectory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in the service tests: the real time, moved forward by what a test asks for, so that a test
 * can let months pass (retention) while the broker, the database and the other tests keep real time. A test that
 * moves it puts it back when it ends.
 */
public final class TestClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    public void advance(Duration by) {
        ahead = ahead.plus(by);
    }

    public void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /** Puts the test clock before the service's own, for every use case that takes a Clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Wiring {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
