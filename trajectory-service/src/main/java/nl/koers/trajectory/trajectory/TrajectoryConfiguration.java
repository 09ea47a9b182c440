package nl.koers.trajectory.trajectory;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free trajectory use cases to their repository. */
@Configuration(proxyBeanMethods = false)
class TrajectoryConfiguration {

    @Bean
    TrajectoryService trajectoryService(Trajectories trajectories, Clock clock) {
        return new TrajectoryService(trajectories, clock);
    }
}
