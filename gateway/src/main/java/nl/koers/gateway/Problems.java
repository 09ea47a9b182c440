package nl.koers.gateway;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the gateway's own error answers as RFC 9457 problem documents ({@code application/problem+json}),
 * the same shape the services use, so a client handles every Koers error one way whichever component
 * produced it. The one exception is a person's browser asking for a page of the web app (not the API) while
 * the web app cannot be reached: it gets a short page in Dutch and English instead of a JSON document.
 */
@Component
class Problems {

    /** An RFC 9457 problem document; {@code about:blank} because the HTTP status says it all. */
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
        String title = status instanceof HttpStatus known ? known.getReasonPhrase() : "Error";
        Problem problem = new Problem("about:blank", title, status.value(), detail,
                exchange.getRequest().getPath().value());
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
        return response.writeWith(Mono.just(body));
    }

    /** A browser (it asks for HTML) on a path of the web app, not of the API or its documents. */
    private static boolean wantsAPage(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        return !path.startsWith("/api/") && !path.startsWith("/v3/api-docs")
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
