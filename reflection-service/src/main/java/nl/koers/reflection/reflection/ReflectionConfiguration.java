package nl.koers.reflection.reflection;

import java.time.Clock;
import nl.koers.reflection.membership.Memberships;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free reflection use cases to their repositories. */
@Configuration(proxyBeanMethods = false)
class ReflectionConfiguration {

    @Bean
    ReflectionService reflectionService(Reflections reflections, PromptSets prompts, Memberships memberships,
                                        Clock clock) {
        return new ReflectionService(reflections, prompts, memberships, clock);
    }

    @Bean
    PromptService promptService(PromptSets prompts, Memberships memberships, Clock clock) {
        return new PromptService(prompts, memberships, clock);
    }
}
