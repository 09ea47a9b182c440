package nl.koers.gateway;

import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.reactor.netty.autoconfigure.NettyServerProperties;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import reactor.netty.NettyPipeline;

/** Puts {@link EdgeRejections} on every connection, right after Netty's HTTP codec. */
@Component
class EdgeRejectionsCustomizer implements WebServerFactoryCustomizer<NettyReactiveWebServerFactory> {

    /** Netty's own default, which Boot keeps when {@code server.netty.max-initial-line-length} is not set. */
    private static final DataSize NETTY_MAX_INITIAL_LINE = DataSize.ofBytes(4096);

    private final Problems problems;
    private final String maxLine;
    private final String maxHeaders;

    EdgeRejectionsCustomizer(Problems problems, NettyServerProperties netty, ServerProperties server) {
        this.problems = problems;
        this.maxLine = Problems.readable(netty.getMaxInitialLineLength() != null
                ? netty.getMaxInitialLineLength() : NETTY_MAX_INITIAL_LINE);
        this.maxHeaders = Problems.readable(server.getMaxHttpRequestHeaderSize());
    }

    @Override
    public void customize(NettyReactiveWebServerFactory factory) {
        factory.addServerCustomizers(server -> server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, EdgeRejections.NAME,
                        new EdgeRejections(problems, maxLine, maxHeaders));
            }
        }));
    }
}
