package nl.koers.web.reflection;

import java.util.Map;
import nl.koers.web.api.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links to the previous and next page of a list, built here rather than in the template so that a
 * parameter that is absent (no cohort chosen) stays absent instead of becoming an empty one.
 *
 * @param previous the previous page's link, or null on the first page
 * @param next     the next page's link, or null on the last
 * @param number   this page, counting from 1, for "page 2 of 5"
 */
public record Pager(String previous, String next, int number, int totalPages) {

    /**
     * @param path       the page's own path
     * @param parameters the parameters to keep (null values are left out)
     * @param pageParam  the name of the page parameter, so that one page can page two lists
     */
    public static Pager of(Page<?> page, String path, Map<String, ?> parameters, String pageParam) {
        return new Pager(page.hasPrevious() ? link(path, parameters, pageParam, page.page() - 1) : null,
                page.hasNext() ? link(path, parameters, pageParam, page.page() + 1) : null,
                page.page() + 1, Math.max(page.totalPages(), 1));
    }

    public boolean needed() {
        return previous != null || next != null;
    }

    private static String link(String path, Map<String, ?> parameters, String pageParam, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        parameters.forEach((name, value) -> {
            if (value != null) {
                uri.queryParam(name, value);
            }
        });
        if (page > 0) {
            uri.queryParam(pageParam, page);
        }
        return uri.encode().build().toUriString();
    }
}
