package nl.koers.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.unit.DataSize;

/**
 * An invitation list posted with a declared length above what the web app reads (spring.servlet.multipart's
 * max-request-size): a file too large, usually the wrong file chosen. Its CSRF token is a part of the body that
 * is never read, so the CSRF check would refuse it with a bare "no access" page instead of the message beside
 * the file field. This one request skips that check, which is safe because nothing can come of it: the upload's
 * file argument cannot be resolved from a body that was refused unread ({@code MaxUploadSizeExceededException}),
 * so the handler never runs, and its exception handler only says the file is too large. (A cross-site post would
 * not even carry the session cookie, which is SameSite=Lax.)
 */
final class TooLargeToRead implements RequestMatcher {

    /** The one page that takes a file. */
    static final RequestMatcher UPLOAD = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/organise/cohorts/{id}/invitations");

    private final long limit;

    TooLargeToRead(DataSize limit) {
        this.limit = limit == null || limit.isNegative() ? Long.MAX_VALUE : limit.toBytes();
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                && request.getContentLengthLong() > limit && UPLOAD.matches(request);
    }
}
