package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;

/** The outbox at work: an enrolment accepted while Kafka is down reaches the roster once it is back. */
class BrokerOutageIT {

    private final Koers koers = new Koers();

    @Test
    void anEnrolmentAcceptedWhileTheBrokerIsDownReachesTheRosterAfterItRestarts() {
        UUID cohort = koers.openCohort(3);
        koers.fillInProfile("participant6");
        String token = koers.token("participant6");

        koers.stack.kill("kafka");
        Api.Response accepted;
        try {
            accepted = koers.enrol(token, cohort);
        } finally {
            koers.stack.up();
        }

        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(201);
        assertThat(accepted.text("status")).isEqualTo("CONFIRMED");
        koers.awaitRoster(cohort, Map.of("participant6", "CONFIRMED"));
    }
}
