package nl.koers.defaults.web;

import nl.koers.defaults.problem.Problem;

/**
 * Which page of a list a caller asks for: the {@code page} (from 0) and {@code size} query parameters, read and
 * checked in one place ({@link PagingArgumentResolver}) for every list endpoint. A controller declares a
 * {@code Paging} parameter and passes it on; the answer is a {@link PageView}.
 */
public record Paging(int page, int size) {

    public static final String PAGE = "page";
    public static final String SIZE = "size";
    /** Far beyond any real list; it keeps {@code page * size} well inside an int. */
    public static final int MAX_PAGE = 100_000;

    public Paging {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > PageView.MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
    }

    public static Paging first(int size) {
        return new Paging(0, size);
    }

    /** How many items come before this page. */
    public int offset() {
        return page * size;
    }

    /** Not a {@link Problem}: a bad query parameter is a 400 like any other malformed request. */
    static final class InvalidPaging extends RuntimeException {

        private final String parameter;

        InvalidPaging(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }
}
