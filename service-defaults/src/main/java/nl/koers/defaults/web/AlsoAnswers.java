package nl.koers.defaults.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler method that can give a problem answer its shape does not show, so the OpenAPI document lists it
 * too: a 404 for "you have none yet" on a path without an id, say. The shape covers most operations; this is for
 * the few where it cannot know.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AlsoAnswers {

    /** HTTP status codes of problem answers, such as 404. */
    int[] value();
}
