package nl.koers.web.api;

/**
 * One part of a page: what the API answered, or the fact that its service is away. A page renders every part
 * it could load and says, in place, which part is missing; one service down never blanks the whole page.
 *
 * @param value       the answer, or {@code null} when {@code unavailable}
 * @param unavailable whether the service behind this part did not answer
 */
public record Part<T>(T value, boolean unavailable) {

    public static <T> Part<T> of(T value) {
        return new Part<>(value, false);
    }

    public static <T> Part<T> missing() {
        return new Part<>(null, true);
    }

    public boolean available() {
        return !unavailable;
    }
}
