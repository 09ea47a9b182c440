package nl.koers.reflection.casus;

import java.time.Clock;
import nl.koers.reflection.membership.Memberships;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free case use cases to their repositories. */
@Configuration(proxyBeanMethods = false)
class CaseConfiguration {

    @Bean
    CaseService caseService(Cases cases, RoleFans roleFans, Memberships memberships, Clock clock) {
        return new CaseService(cases, roleFans, memberships, clock);
    }
}
