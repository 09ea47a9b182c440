package nl.koers.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the gateway's own error answers as RFC 9457 problem documents ({@code application/problem+json}),
 * the same shape the services use ({@code urn:koers:problem:<code>}), so a client handles every Koers error one
 * way whichever component produced it. The one exception is a person's browser asking for a page of the web app
 * (not the API) while the web app cannot be reached: it gets a short page in Dutch and English instead of a JSON
 * document.
 */
@Component
class Problems {

    static final String TYPE_PREFIX = "urn:koers:problem:";

    /** An RFC 9457 problem document; {@code instance} is left out where the request had no usable path. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Problem(String type, String title, int status, String detail, String instance) {
    }

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Koers is even niet bereikbaar</title></head>
            <body><main><h1>Koers is even niet bereikbaar</h1>
            <p>Er is niets verloren gegaan. Probeer het over een paar minuten opnieuw.</p>
            <p lang="en">Koers cannot be reached right now. Nothing has been lost; please try again in a few minutes.</p>
            </main></body></html>
            """;

    Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
        if (status.is5xxServerError() && wantsAPage(exchange)) {
            return page(exchange, status);
        }
        return write(exchange, status, code(status), detail);
    }

    /** With a code of its own where the status alone does not say what went wrong, such as a firewall refusal. */
    Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String code, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(
                body(status, code, detail, exchange.getRequest().getPath().value()));
        return response.writeWith(Mono.just(body));
    }

    /** The document itself, for answers written below Spring, straight to the connection. */
    byte[] body(HttpStatusCode status, String code, String detail, String instance) {
        String title = status instanceof HttpStatus known ? known.getReasonPhrase() : "Error";
        return json.writeValueAsBytes(new Problem(TYPE_PREFIX + code, title, status.value(), detail, instance));
    }

    /**
     * The type's code for a status: the names the services use for the same answers ({@code unauthorized},
     * {@code temporarily-unavailable}), otherwise the status's own name such as {@code uri-too-long}.
     */
    static String code(HttpStatusCode status) {
        return switch (status.value()) {
            case 500 -> "internal-error";
            case 503 -> "temporarily-unavailable";
            default -> status instanceof HttpStatus known
                    ? known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    : status.is5xxServerError() ? "server-error" : "client-error";
        };
    }

    /** "1 MB", "8 KB" or "300 bytes": a limit as a person reads it, for details that say the limit. */
    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }

    /** A browser (it asks for HTML) on a path of the web app, not of the API or its documents. */
    private static boolean wantsAPage(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        return !path.startsWith("/api/") && !path.startsWith("/v3/api-docs") && !path.startsWith("/asyncapi")
                && exchange.getRequest().getHeaders().getAccept().stream().anyMatch(MediaType.TEXT_HTML::isCompatibleWith);
    }

    private static Mono<Void> page(ServerWebExchange exchange, HttpStatusCode status) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8));
        response.getHeaders().set("Content-Security-Policy", "default-src 'none'");
        response.getHeaders().set("Retry-After", "30");
        DataBuffer body = response.bufferFactory().wrap(PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }
}
