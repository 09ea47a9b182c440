package nl.koers.defaults.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the topics a service touches are created. Which topics those are is not configured: see {@link ServiceTopics}.
 *
 * @param partitions how many partitions a topic gets when this service creates it
 * @param compaction how the compacted topic (the one with personal fields) is compacted
 */
@ConfigurationProperties("koers.topics")
public record TopicProperties(@DefaultValue("3") int partitions, @DefaultValue Compaction compaction) {

    /**
     * How soon an erased participant's fields leave the compacted topic. Kafka compacts only closed segments, so a
     * tombstone removes the older records once the segment they are in has rolled ({@code segment}, counted from a
     * segment's first record) and the log cleaner has run; {@code maxLag} bounds how long a record may wait for it.
     * The producer appends an empty record to every partition once per {@code segment} ({@link CompactionNudge}), so
     * that a quiet partition's last tombstone is in a closed segment too.
     * Production keeps the defaults (erased from the log within hours, well inside the AVG's month); the local
     * stack uses seconds so that its tests can see it happen.
     *
     * @param segment            {@code segment.ms}: a segment rolls at the first write after this age
     * @param maxLag             {@code max.compaction.lag.ms}: the longest a superseded record stays uncompacted
     * @param tombstoneRetention {@code delete.retention.ms}: how long the tombstone itself stays, so that a consumer
     *                           that was behind still sees it
     */
    public record Compaction(@DefaultValue("1h") Duration segment, @DefaultValue("6h") Duration maxLag,
                             @DefaultValue("1d") Duration tombstoneRetention) {
    }
}
