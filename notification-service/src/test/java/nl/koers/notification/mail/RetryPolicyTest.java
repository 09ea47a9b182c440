package nl.koers.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy retry = new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(1), 5);

    @Test
    void theWaitDoublesWithEveryFailureUpToTheMaximum() {
        assertThat(retry.delayAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(retry.delayAfter(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(retry.delayAfter(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(retry.delayAfter(1000)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aMailIsGivenUpAfterTheLastAttempt() {
        assertThat(retry.exhausted(4)).isFalse();
        assertThat(retry.exhausted(5)).isTrue();
    }

    @Test
    void aPolicyThatCouldNeverSendIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
