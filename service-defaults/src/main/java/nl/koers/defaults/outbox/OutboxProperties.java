package nl.koers.defaults.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a service keeps pending events and how often the relay sweeps for ones it could not send at once.
 *
 * @param source      the CloudEvents {@code source} of everything this service publishes
 */
@ConfigurationProperties("koers.outbox")
public record OutboxProperties(String source, @DefaultValue("1s") Duration sweepInterval) {
}
