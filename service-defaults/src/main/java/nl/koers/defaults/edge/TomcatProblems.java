package nl.koers.defaults.edge;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Puts {@link ProblemErrorReportValve} in place of the HTML error report on Tomcat's host, and keeps Tomcat's own
 * limit on form bodies (which it reads itself, past any filter) within the body limit.
 */
final class TomcatProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final long maxBodySize;

    TomcatProblems(long maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    /** Last, so that the form limit set here wins over {@code server.tomcat.max-http-form-post-size}'s default. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // Replaced as the context starts: by then the host has every report valve it will get, Boot's included,
        // whichever customizer ran first.
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                reportProblems(((Context) event.getLifecycle()).getParent());
            }
        }));
        factory.addConnectorCustomizers(connector -> {
            long tomcatLimit = connector.getMaxPostSize() < 0 ? Long.MAX_VALUE : connector.getMaxPostSize();
            connector.setMaxPostSize((int) Math.min(tomcatLimit, maxBodySize));
        });
    }

    private static void reportProblems(Container host) {
        Pipeline pipeline = host.getPipeline();
        boolean present = false;
        for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ProblemErrorReportValve) {
                present = true;
            } else if (valve instanceof ErrorReportValve) {
                pipeline.removeValve(valve);
            }
        }
        if (!present) {
            pipeline.addValve(new ProblemErrorReportValve());
        }
    }
}
