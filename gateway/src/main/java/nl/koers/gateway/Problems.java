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
 * produced it.
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

    Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
        String title = status instanceof HttpStatus known ? known.getReasonPhrase() : "Error";
        Problem problem = new Problem("about:blank", title, status.value(), detail,
                exchange.getRequest().getPath().value());
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
        return response.writeWith(Mono.just(body));
    }
}
