package nl.koers.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The topic an event family is published to and the service that publishes it. It sits on the sealed interface
 * of each family, so the topic of a record is written once and {@link EventCatalog} reads it from there.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Topic {

    String name();

    /** The {@code spring.application.name} of the only service that publishes to this topic. */
    String producer();

    /**
     * A compacted topic keeps only each key's newest record, and a key's tombstone (a record without a value)
     * removes it. The only topic that carries personal fields is compacted, so erasing a participant's tombstone
     * takes those fields off the log instead of leaving them readable to every new consumer.
     */
    boolean compacted() default false;
}
