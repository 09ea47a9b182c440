package nl.koers.defaults.edge;

import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Every error from every layer of a servlet service's edge is problem+json ({@link ProblemResponses}): Tomcat's
 * own refusals, {@code /error}, and bodies above the limit; and a JSON body of the wrong type is refused rather
 * than converted. Spring MVC's own errors are the {@code ProblemDetailsAdvice}'s; the security filters' are in
 * the security defaults.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(EdgeProperties.class)
public class EdgeDefaultsAutoConfiguration {

    /** Its presence makes Boot's {@code BasicErrorController} back off. */
    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /**
     * Right after Boot's character-encoding and observation filters, so that a body above the limit is refused
     * before security or anything else spends time on the request (and before the form filter reads a body).
     */
    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(EdgeProperties properties) {
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(properties.maxBodySize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    StrictJson strictJson() {
        return new StrictJson();
    }

    @Bean
    @ConditionalOnClass(Tomcat.class)
    TomcatProblems tomcatProblems(EdgeProperties properties) {
        return new TomcatProblems(properties.maxBodySize().toBytes());
    }
}
