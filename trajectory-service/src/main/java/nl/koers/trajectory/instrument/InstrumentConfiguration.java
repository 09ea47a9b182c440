package nl.koers.trajectory.instrument;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free instrument use cases to their repository. */
@Configuration(proxyBeanMethods = false)
class InstrumentConfiguration {

    @Bean
    InstrumentService instrumentService(Instruments instruments, Clock clock) {
        return new InstrumentService(instruments, clock);
    }
}
