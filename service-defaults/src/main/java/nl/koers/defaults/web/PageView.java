package nl.koers.defaults.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to fetch the next: every list endpoint answers this shape. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static <T> PageView<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageView<>(List.copyOf(items), page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }

    public static <T> PageView<T> of(List<T> items, Paging paging, long totalItems) {
        return of(items, paging.page(), paging.size(), totalItems);
    }

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
