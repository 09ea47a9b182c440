package nl.koers.defaults.edge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above the limit ({@link EdgeProperties#maxBodySize()}) with 413 problem+json. A declared
 * {@code Content-Length} above it is refused before a byte of the body is read; a body without one (chunked) is
 * counted as it is read and stops with {@link BodyTooLargeException} where it passes the limit. Either way a
 * large body never sits whole in memory. A body with a {@code Content-Length} within the limit needs no counting:
 * Tomcat never delivers more than it declared.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

    private final long limit;

    BodyLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            // The body stays unread; closing the connection spares Tomcat from draining it.
            response.setHeader(HttpHeaders.CONNECTION, "close");
            ProblemDetail problem = new BodyTooLargeException(limit).problem();
            problem.setInstance(ProblemResponses.instance(request.getRequestURI()));
            ProblemResponses.write(response, problem);
            return;
        }
        chain.doFilter(declared < 0 ? new CountedBodyRequest(request, limit) : request, response);
    }

    /** "1 MB", "512 KB" or "300 bytes": the limit as a person reads it. */
    static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    /** A request whose body stream fails with {@link BodyTooLargeException} once it has given {@code limit} bytes. */
    private static final class CountedBodyRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;

        CountedBodyRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountedStream(super.getInputStream(), limit);
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountedStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        CountedStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
