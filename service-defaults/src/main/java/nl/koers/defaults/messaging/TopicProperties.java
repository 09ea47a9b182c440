package nl.koers.defaults.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the topics a service touches are created. Which topics those are is not configured: see {@link ServiceTopics}.
 *
 * @param partitions how many partitions a topic gets when this service creates it
 */
@ConfigurationProperties("koers.topics")
public record TopicProperties(@DefaultValue("3") int partitions) {
}
