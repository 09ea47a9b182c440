package nl.koers.trajectory.cohort.schedule;

import nl.koers.trajectory.cohort.CohortRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention check every {@code koers.privacy.retention-check} (1h unless configured otherwise), on every
 * instance: the check's conditional update lets only one of them expire a cohort.
 */
@Component
class RetentionSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final CohortRetention retention;

    RetentionSchedule(CohortRetention retention) {
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${koers.privacy.retention-check:1h}",
            initialDelayString = "${koers.privacy.retention-check:1h}")
    void check() {
        try {
            int expired = retention.expireDue();
            if (expired > 0) {
                log.info("Retention: personal data of {} cohorts expired", expired);
            }
        } catch (RuntimeException e) {
            // The database away: the next check tries again, nothing is lost by waiting.
            log.warn("Retention check failed, tried again at the next one: {}", e.getMessage());
        }
    }
}
