package nl.koers.trajectory.trajectory;

import java.time.Clock;
import nl.koers.trajectory.config.PrivacyProperties;
import nl.koers.trajectory.instrument.Instruments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free trajectory use cases to their repository. */
@Configuration(proxyBeanMethods = false)
class TrajectoryConfiguration {

    @Bean
    TrajectoryService trajectoryService(Trajectories trajectories, Instruments instruments, Clock clock,
                                        PrivacyProperties privacy) {
        return new TrajectoryService(trajectories, instruments, clock, privacy.retentionMonths());
    }
}
