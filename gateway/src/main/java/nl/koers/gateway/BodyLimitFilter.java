package nl.koers.gateway;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Request bodies above {@code koers.web.max-body-size} (1 MB, the services' limit too) answer 413 at the gateway.
 * The web app's pages get {@code koers.web.max-page-body-size} (3 MB): the web app has its own, lower, limits and
 * answers a too-large upload with its page and a message beside the file field, which a person can act on; the
 * gateway's problem document would be a dead end in a browser.
 * A declared {@code Content-Length} above it is refused before the body is read and before any service is
 * called. A body without one (chunked) streams on to the service as it arrives, as every body does, and is
 * counted on the way: where it passes the limit the stream fails, the service's request is cut off unfinished,
 * and the client gets the gateway's 413. Nothing is buffered to find out.
 */
@Component
class BodyLimitFilter implements WebFilter, Ordered {

    private final DataSize apiLimit;
    private final DataSize pageLimit;
    private final Problems problems;

    BodyLimitFilter(@Value("${koers.web.max-body-size:1MB}") DataSize apiLimit,
                    @Value("${koers.web.max-page-body-size:3MB}") DataSize pageLimit, Problems problems) {
        this.apiLimit = apiLimit;
        this.pageLimit = pageLimit;
        this.problems = problems;
    }

    /** Before security: a body that is refused anyway need not have its token checked first. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        DataSize limit = request.getPath().value().startsWith("/api/") ? apiLimit : pageLimit;
        long declared = request.getHeaders().getContentLength();
        if (declared > limit.toBytes()) {
            // The body stays unread, so the connection cannot carry another request.
            exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
            BodyTooLargeException tooLarge = new BodyTooLargeException(limit);
            return problems.write(exchange, tooLarge.getStatusCode(), tooLarge.getReason());
        }
        if (declared >= 0) {
            // Netty never delivers more than a request declared.
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new CountedBody(request, limit)).build());
    }

    private static final class CountedBody extends ServerHttpRequestDecorator {

        private final DataSize limit;

        CountedBody(ServerHttpRequest request, DataSize limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> {
                AtomicLong read = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (read.addAndGet(buffer.readableByteCount()) > limit.toBytes()) {
                        DataBufferUtils.release(buffer);
                        sink.error(new BodyTooLargeException(limit));
                    } else {
                        sink.next(buffer);
                    }
                });
            });
        }
    }
}
