package nl.koers.defaults.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a service keeps pending events and how often the relay sweeps for ones it could not send at once.
 *
 * @param source      the CloudEvents {@code source} of everything this service publishes
 * @param collections the MongoDB collections whose documents carry an {@code outbox} array
 */
@ConfigurationProperties("koers.outbox")
public record OutboxProperties(String source, @DefaultValue List<String> collections,
                               @DefaultValue("1s") Duration sweepInterval) {
}
