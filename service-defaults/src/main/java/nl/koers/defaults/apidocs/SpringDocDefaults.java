package nl.koers.defaults.apidocs;

import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;

/**
 * springdoc as Koers services answer, unless a service's own {@code springdoc.*} properties say otherwise: a
 * handler that declares no media type answers JSON (springdoc's default is {@code *}/{@code *}), and error
 * answers are documented per operation by {@link OpenApiContract} rather than copied from the exception handlers
 * onto every operation. Applied to springdoc's bound properties, so no property source has to be added.
 */
final class SpringDocDefaults implements BeanPostProcessor {

    private final Environment environment;

    SpringDocDefaults(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SpringDocConfigProperties springdoc) {
            if (unset("springdoc.default-produces-media-type")) {
                springdoc.setDefaultProducesMediaType(MediaType.APPLICATION_JSON_VALUE);
            }
            if (unset("springdoc.default-consumes-media-type")) {
                springdoc.setDefaultConsumesMediaType(MediaType.APPLICATION_JSON_VALUE);
            }
            if (unset("springdoc.override-with-generic-response")) {
                springdoc.setOverrideWithGenericResponse(false);
            }
        }
        return bean;
    }

    private boolean unset(String property) {
        return !Binder.get(environment).bind(property, String.class).isBound();
    }
}
