package nl.koers.reflection.privacy;

/**
 * Where one erasure stands in this service: the former id it anonymises with (the same on every attempt, so an
 * erasure interrupted half-way and retried keeps counting the participant once), or that it finished.
 *
 * @param formerId null once finished: the link from the erasure to its former id is dropped with the work done
 */
public record ErasureProgress(String formerId, boolean finished) {
}
