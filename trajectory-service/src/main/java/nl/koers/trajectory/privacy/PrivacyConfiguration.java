package nl.koers.trajectory.privacy;

import java.time.Clock;
import nl.koers.defaults.outbox.OutboxRelay;
import nl.koers.defaults.privacy.ErasedParticipants;
import nl.koers.trajectory.calendar.CalendarSubscriptions;
import nl.koers.trajectory.cohort.Cohorts;
import nl.koers.trajectory.question.DevelopmentQuestions;
import nl.koers.trajectory.question.StakeholderMaps;
import nl.koers.trajectory.report.ReportPrivacy;
import nl.koers.trajectory.roster.RosterEntries;
import nl.koers.trajectory.session.Sessions;
import nl.koers.trajectory.trajectory.Trajectories;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free privacy use cases to the stores of every feature they erase from or export. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    PrivacyService privacyService(ErasedParticipants erased, ErasureReceipts receipts, OutboxRelay outboxRelay,
                                  RosterEntries roster, DevelopmentQuestions questions, StakeholderMaps maps,
                                  CalendarSubscriptions calendars, Sessions sessions, Cohorts cohorts,
                                  Trajectories trajectories, ReportPrivacy reports, Clock clock) {
        return new PrivacyService(erased::record, receipts, outboxRelay::publishAlone, roster, questions, maps,
                calendars, sessions, cohorts, trajectories, reports, clock);
    }
}
