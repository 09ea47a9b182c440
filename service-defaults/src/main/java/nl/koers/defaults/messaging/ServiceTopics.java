package nl.koers.defaults.messaging;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import nl.koers.events.EventCatalog;
import nl.koers.events.Topics;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.util.ReflectionUtils;

/**
 * The topics this service touches, derived rather than listed: what it publishes comes from the
 * {@link EventCatalog} (the families whose producer is this {@code spring.application.name}), what it consumes
 * from its own {@link KafkaListener}s, read as their beans are created. Topic creation and the AsyncAPI document
 * both use this, so neither can drift from the code.
 */
public class ServiceTopics implements BeanPostProcessor {

    private final String application;
    private final Environment environment;
    private final Set<String> consumed = new ConcurrentSkipListSet<>();

    public ServiceTopics(Environment environment) {
        this.environment = environment;
        this.application = environment.getRequiredProperty("spring.application.name");
    }

    /** The {@code spring.application.name} of this service, the producer named in {@link nl.koers.events.Topic}. */
    public String application() {
        return application;
    }

    public List<String> published() {
        return EventCatalog.topicsPublishedBy(application);
    }

    /** Complete once every singleton has been created, which is before any listener container starts. */
    public List<String> consumed() {
        return List.copyOf(consumed);
    }

    public List<String> deadLetters() {
        return consumed.stream().map(topic -> topic + Topics.DEAD_LETTER_SUFFIX).toList();
    }

    /**
     * Published, consumed and dead-letter topics, each once. A compacted topic's dead-letter topic is made by its
     * producer too: an erasure sends a tombstone to both, and must find it even before any consumer ran.
     */
    public Set<String> all() {
        Set<String> all = new TreeSet<>(published());
        all.addAll(consumed);
        all.addAll(deadLetters());
        published().stream().filter(EventCatalog::compacted).map(topic -> topic + Topics.DEAD_LETTER_SUFFIX)
                .forEach(all::add);
        return all;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        Stream.concat(Stream.of(AnnotatedElementUtils.findMergedAnnotation(type, KafkaListener.class)),
                        Arrays.stream(ReflectionUtils.getUniqueDeclaredMethods(type, ReflectionUtils.USER_DECLARED_METHODS))
                                .map(ServiceTopics::listenerOn))
                .filter(java.util.Objects::nonNull)
                .flatMap(listener -> Arrays.stream(listener.topics()))
                .map(environment::resolveRequiredPlaceholders)
                .forEach(consumed::add);
        return bean;
    }

    private static KafkaListener listenerOn(Method method) {
        return AnnotatedElementUtils.findMergedAnnotation(method, KafkaListener.class);
    }
}
