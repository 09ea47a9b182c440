package nl.koers.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version of an event record whose shape changed in a way a consumer could notice (a field removed). Records
 * without it are version 1. Consumers still read the older versions of the same record: a newer shape only ever
 * drops fields, so an older payload reads into it with the extra fields ignored (tolerant reader), which is what
 * lets a topic's old records and new ones be consumed by the same code.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventVersion {

    int value();
}
