package nl.koers.gateway;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Answers, with a problem document, the requests that are refused before any Spring code runs, which Reactor
 * Netty and Spring would otherwise answer with an empty body:
 * <ul>
 * <li>what Netty's HTTP decoder cannot take: a request line above {@code server.netty.max-initial-line-length}
 * (414), headers above {@code server.max-http-request-header-size} (431), or a malformed request (400);</li>
 * <li>a request target that is no valid URI, such as one with {@code %zz}, a raw quote or a brace: Spring's
 * Reactor adapter answers those 400 before any filter or exception handler can see them.</li>
 * </ul>
 * Intercepting the decoder's failure was chosen over raising Netty's limits and enforcing lower ones in a
 * WebFilter: with raised limits a request above them would still get Netty's empty answer, and the limits would
 * cost memory per connection for requests no client needs. One handler per connection, placed right after the
 * HTTP codec, so it sees each request before Reactor Netty does. The connection is closed after the answer:
 * after a request this broken, what follows on it cannot be trusted to be the next request.
 */
final class EdgeRejections extends ChannelInboundHandlerAdapter {

    static final String NAME = "koers.edgeRejections";

    private final Problems problems;
    private final String maxLine;
    private final String maxHeaders;
    private boolean refused;

    EdgeRejections(Problems problems, String maxLine, String maxHeaders) {
        this.problems = problems;
        this.maxLine = maxLine;
        this.maxHeaders = maxHeaders;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (refused) {
            // The body of a refused request, or anything after it: the connection is closing.
            ReferenceCountUtil.release(message);
            return;
        }
        if (message instanceof HttpRequest request) {
            Refusal refusal = refusal(request);
            if (refusal != null) {
                refused = true;
                ReferenceCountUtil.release(message);
                answer(ctx, refusal);
                return;
            }
        }
        ctx.fireChannelRead(message);
    }

    private record Refusal(HttpResponseStatus status, String code, String detail) {
    }

    private Refusal refusal(HttpRequest request) {
        DecoderResult decoded = request.decoderResult();
        if (decoded.isFailure()) {
            return switch (decoded.cause()) {
                case TooLongHttpLineException ignored -> new Refusal(HttpResponseStatus.REQUEST_URI_TOO_LONG,
                        "uri-too-long", "The request line is longer than the " + maxLine
                        + " the gateway accepts; shorten the path or the query string.");
                case TooLongHttpHeaderException ignored -> new Refusal(
                        HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "request-header-fields-too-large",
                        "The request headers are larger than the " + maxHeaders
                        + " the gateway accepts; send smaller headers (such as a shorter token).");
                default -> new Refusal(HttpResponseStatus.BAD_REQUEST, "bad-request",
                        "The request is not valid HTTP/1.1: its request line or a header is malformed.");
            };
        }
        try {
            new URI(request.uri());
            return null;
        } catch (URISyntaxException notAUri) {
            return new Refusal(HttpResponseStatus.BAD_REQUEST, "bad-request", "The request URI is not valid: "
                    + "characters such as spaces, quotes and braces must be percent-encoded, and every '%' must be "
                    + "followed by two hexadecimal digits (a literal % is written %25).");
        }
    }

    private void answer(ChannelHandlerContext ctx, Refusal refusal) {
        // No instance: the request's path is either unknown (Netty's stand-in for a failed request carries none)
        // or no valid URI reference.
        byte[] body = problems.body(HttpStatusCode.valueOf(refusal.status().code()), refusal.code(),
                refusal.detail(), null);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, refusal.status(),
                Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
}
