package nl.koers.gateway;

import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Turns every error raised inside the gateway into a problem document instead of Spring Boot's
 * default error JSON or a stack trace: unknown paths answer 404, a service that cannot be reached
 * answers 503 (so clients know to retry), a service that hangs up mid-answer 502, a slow one 504, a body
 * above the limit 413 ({@link BodyLimitFilter}). Answers the services themselves send pass through untouched.
 * What is refused before Spring runs at all is answered by {@link EdgeRejections}.
 *
 * <p>Ordered before Boot's {@code DefaultErrorWebExceptionHandler} (order -1).
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final Problems problems;

    ProblemExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        String service = serviceName(exchange);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Raised in the request body while the routing filter streams it on, so it may come wrapped.
            if (cause instanceof BodyTooLargeException tooLarge) {
                return problems.write(exchange, tooLarge.getStatusCode(), tooLarge.getReason());
            }
        }
        if (failure instanceof ConnectException || failure instanceof ConnectTimeoutException) {
            log.warn("{} is not reachable: {}", service, failure.getMessage());
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                    service + " is not reachable at the moment; try again shortly.");
        }
        if (failure instanceof PrematureCloseException) {
            log.warn("{} closed the connection before answering", service);
            return problems.write(exchange, HttpStatus.BAD_GATEWAY, service + " closed the connection before answering.");
        }
        if (failure instanceof TimeoutException) {
            return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, service + " did not answer in time.");
        }
        if (failure instanceof ResponseStatusException statusException) {
            return problems.write(exchange, statusException.getStatusCode(), detail(statusException, service));
        }
        log.error("Unexpected error for {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), failure);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "The gateway failed to handle this request.");
    }

    private static String detail(ResponseStatusException failure, String service) {
        return switch (failure) {
            case MethodNotAllowedException notAllowed -> "This path does not accept " + notAllowed.getHttpMethod()
                    + (notAllowed.getSupportedMethods().isEmpty() ? "." : "; it accepts " + notAllowed.getSupportedMethods()
                    .stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", ")) + ".");
            case NotAcceptableStatusException notAcceptable -> "This answer comes as "
                    + mediaTypes(notAcceptable.getSupportedMediaTypes()) + "; send an Accept header that allows it, or none.";
            case UnsupportedMediaTypeStatusException unsupported -> "A body of this type is not read here; send it as "
                    + mediaTypes(unsupported.getSupportedMediaTypes()) + ".";
            default -> detail(failure.getStatusCode(), service);
        };
    }

    private static String mediaTypes(List<MediaType> types) {
        String concrete = types.stream().filter(type -> !type.isWildcardSubtype()).map(MediaType::toString)
                .collect(Collectors.joining(" or "));
        return concrete.isEmpty() ? "another media type" : concrete;
    }

    private static String detail(HttpStatusCode status, String service) {
        return switch (status.value()) {
            case 404 -> "Nothing is served at this path.";
            case 405 -> "This method is not allowed at this path.";
            case 503 -> service + " is not available at the moment; try again shortly.";
            case 504 -> service + " did not answer in time.";
            default -> status.is5xxServerError() ? "The gateway failed to handle this request." : "The request was not accepted.";
        };
    }

    /** The {@code service} metadata of the matched route, which names the service behind it. */
    private static String serviceName(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        Object service = route == null ? null : route.getMetadata().get("service");
        return service == null ? "The service" : service.toString();
    }
}
