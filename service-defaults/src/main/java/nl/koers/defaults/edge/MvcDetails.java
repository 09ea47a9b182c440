package nl.koers.defaults.edge;

import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Details for Spring MVC's own refusals that say what to change. Spring's defaults ("Method 'DELETE' is not
 * supported.", "Failed to convert 'id' with value: 'x'") name the problem but not the way out.
 */
public final class MvcDetails {

    private MvcDetails() {
    }

    /** A better detail for {@code e}, or null where Spring's own says enough. */
    public static String of(Exception e) {
        return switch (e) {
            case HttpRequestMethodNotSupportedException m -> "This path does not accept " + m.getMethod()
                    + (m.getSupportedMethods() == null ? "." : "; it accepts " + String.join(", ", m.getSupportedMethods()) + ".");
            case HttpMediaTypeNotSupportedException m -> (m.getContentType() == null
                    ? "The request body has no Content-Type"
                    : "A body of type " + m.getContentType() + " is not read here")
                    + "; send it as " + list(m.getSupportedMediaTypes()) + ".";
            case HttpMediaTypeNotAcceptableException m -> "This answer comes as " + list(m.getSupportedMediaTypes())
                    + "; send an Accept header that allows it, or none.";
            case NoResourceFoundException ignored -> "Nothing is served at this path; check it against the API documentation.";
            case NoHandlerFoundException ignored -> "Nothing is served at this path; check it against the API documentation.";
            default -> null;
        };
    }

    /** "query parameter 'from'", "path variable 'id'" or "header 'If-Match'": where the bad value was. */
    public static String where(TypeMismatchException e) {
        if (e instanceof MethodArgumentTypeMismatchException argument) {
            String kind = argument.getParameter().hasParameterAnnotation(PathVariable.class) ? "path variable"
                    : argument.getParameter().hasParameterAnnotation(RequestHeader.class) ? "header" : "query parameter";
            return kind + " '" + argument.getName() + "'";
        }
        return "value '" + e.getPropertyName() + "'";
    }

    /** The name a client knows the value by, for the {@code errors} list. */
    public static String name(TypeMismatchException e) {
        return e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
    }

    /** The concrete media types ({@code application/*+json} says nothing to a client). */
    private static String list(Collection<MediaType> mediaTypes) {
        String concrete = mediaTypes == null ? "" : mediaTypes.stream().filter(type -> !type.isWildcardSubtype())
                .map(MediaType::toString).collect(Collectors.joining(" or "));
        return concrete.isEmpty() ? "another media type" : concrete;
    }
}
