package nl.koers.defaults.messaging;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Keeps a compacted topic compacting on a quiet partition. Kafka never compacts a partition's active segment, and
 * the log cleaner only uses the tombstones in closed segments: an erased participant's tombstone that is the last
 * record of its partition would leave their profile readable until someone else's profile happens to land on the
 * same partition. So the producer appends a tombstone of a key no record has ({@link #KEY}) to every partition
 * once per segment age: it closes the segment before it, the cleaner then removes what the erasure's tombstone
 * superseded, and the nudge itself carries nothing and goes when tombstones do. Harmless when several instances
 * nudge.
 */
public class CompactionNudge implements SmartLifecycle {

    public static final String KEY = "koers:compaction-nudge";
    private static final Logger log = LoggerFactory.getLogger(CompactionNudge.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final List<String> topics;
    private final Duration every;
    private volatile ScheduledExecutorService scheduler;

    /** @param segment the topics' {@code segment.ms}: nudging a little less often still rolls a segment each time */
    public CompactionNudge(KafkaTemplate<String, byte[]> kafka, List<String> topics, Duration segment) {
        this.kafka = kafka;
        this.topics = topics;
        this.every = segment.plus(segment.dividedBy(10)).plusMillis(100);
    }

    private void nudge() {
        for (String topic : topics) {
            try {
                for (PartitionInfo partition : kafka.partitionsFor(topic)) {
                    kafka.send(new ProducerRecord<>(topic, partition.partition(), KEY, null));
                }
            } catch (RuntimeException e) {
                // Kafka away: the next round nudges; nothing waits on it.
                log.debug("Could not nudge compaction of {} yet: {}", topic, e.getMessage());
            }
        }
    }

    @Override
    public void start() {
        if (topics.isEmpty()) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "compaction-nudge");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::nudge, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        scheduler = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
