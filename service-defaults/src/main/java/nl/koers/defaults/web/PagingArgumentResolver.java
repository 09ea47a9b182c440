package nl.koers.defaults.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@link Paging} from {@code page} (default 0) and {@code size} (default {@link PageView#DEFAULT_SIZE}); a
 * value that is not a whole number in range is a 400 naming the parameter.
 */
class PagingArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Paging.class.equals(parameter.getParameterType());
    }

    @Override
    public Paging resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        int page = read(webRequest, Paging.PAGE, 0, 0, Paging.MAX_PAGE);
        int size = read(webRequest, Paging.SIZE, PageView.DEFAULT_SIZE, 1, PageView.MAX_SIZE);
        return new Paging(page, size);
    }

    private static int read(NativeWebRequest request, String name, int fallback, int min, int max) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length == 0 || values[0].isBlank()) {
            return fallback;
        }
        if (values.length > 1) {
            throw new Paging.InvalidPaging(name, "must be given once");
        }
        try {
            int value = Integer.parseInt(values[0].strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new Paging.InvalidPaging(name, "must be a whole number from " + min + " to " + max);
    }
}
