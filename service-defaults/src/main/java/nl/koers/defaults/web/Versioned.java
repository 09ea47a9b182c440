package nl.koers.defaults.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler method whose successful answer carries the record's version as {@code ETag} ({@link Versions}).
 * The OpenAPI document declares the header from it; an {@code If-Match} parameter on the same method adds 412 (and
 * 428 where the header is required).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Versioned {
}
