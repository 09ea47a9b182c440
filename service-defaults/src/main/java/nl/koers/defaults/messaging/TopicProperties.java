package nl.koers.defaults.messaging;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The topics a service writes to and reads from, as named in {@code nl.koers.events.Topics}.
 *
 * @param published  topics this service's outbox publishes to
 * @param consumed   topics its listeners read; their {@code .DLT} topics are where it sets records aside
 * @param partitions how many partitions a topic gets when this service creates it
 */
@ConfigurationProperties("koers.topics")
public record TopicProperties(@DefaultValue List<String> published, @DefaultValue List<String> consumed,
                              @DefaultValue("3") int partitions) {
}
