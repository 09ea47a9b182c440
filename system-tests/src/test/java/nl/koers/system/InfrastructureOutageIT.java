package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;

/** What users see when a part of the infrastructure fails, and that nothing is lost once it is back. */
class InfrastructureOutageIT {

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

    @Test
    void whileTheDatabaseIsDownRequestsGetAProblemQuicklyAndEverythingResumesWhenItIsBack() {
        UUID cohort = koers.openCohort(3);
        String organiser = koers.token("organiser");

        koers.stack.stop("mongo-server");
        Api.Response duringOutage;
        long started = System.nanoTime();
        try {
            duringOutage = koers.api.get("/api/enrolments?cohortId=" + cohort, organiser);
        } finally {
            koers.stack.up();
        }

        assertThat(duringOutage.status()).as(duringOutage.raw()).isEqualTo(503);
        assertThat(duringOutage.contentType()).startsWith("application/problem+json");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        await().atMost(Koers.CONVERGENCE).until(() ->
                koers.api.get("/api/enrolments?cohortId=" + cohort, organiser).status() == 200);
        koers.fillInProfile("participant8");
        assertThat(koers.enrol(koers.token("participant8"), cohort).status()).isEqualTo(201);
        koers.awaitRoster(cohort, Map.of("participant8", "CONFIRMED"));
    }
}
