package nl.koers.trajectory.report.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.koers.defaults.messaging.IncomingEvents;
import nl.koers.defaults.messaging.PoisonMessageException;
import nl.koers.events.DomainEvent;
import nl.koers.events.EventCatalog;
import nl.koers.events.Topics;
import nl.koers.trajectory.report.ReportProjection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Feeds every fact the reports use into the report projections, a batch at a time. It has a consumer group of
 * its own, so it reads the enrolment topics beside the roster's listeners rather than taking partitions from
 * them, and one consumer thread, so two batches never recompute one cohort at once on this instance. An
 * unreadable record is dead-lettered alone: the records before it are applied first, the ones after it are
 * delivered again.
 * <p>
 * The fetch settings make a batch large and spread over many partitions when there is a backlog (small slices
 * per partition, up to 10,000 records, waiting up to 200 ms for 1 MB): a cohort's facts arrive on ten topics, and
 * every batch that touches a cohort rewrites its activity and summary, so fewer, wider batches mean fewer
 * rewrites per fact. Caught up, the wait adds at most 200 ms before a report shows a new fact.
 */
@Component
class ReportEventsListener {

    static final String GROUP = "trajectory-service-reports";

    /** Each topic's event family, so that a fact published to the wrong topic is poison here too. */
    private static final Map<String, Class<? extends DomainEvent>> FAMILIES = EventCatalog.entries().stream()
            .collect(Collectors.toUnmodifiableMap(EventCatalog.Entry::topic, EventCatalog.Entry::family,
                    (a, b) -> a));

    private final ReportProjection projection;

    ReportEventsListener(ReportProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(id = "report-projections", groupId = GROUP, containerFactory = "reportBatchListenerFactory",
            topics = {Topics.TRAJECTORY_TRAJECTORIES, Topics.TRAJECTORY_COHORTS, Topics.TRAJECTORY_SESSIONS,
                    Topics.TRAJECTORY_DEVELOPMENT_QUESTIONS, Topics.ENROLMENT_ENROLMENTS, Topics.ENROLMENT_PARTICIPANTS,
                    Topics.REFLECTION_REFLECTIONS, Topics.REFLECTION_CASES, Topics.REFLECTION_INTERVENTIONS,
                    Topics.REFLECTION_EVALUATIONS},
            properties = {"max.poll.records=10000", "fetch.max.bytes=52428800", "max.partition.fetch.bytes=524288", "fetch.min.bytes=1048576", "fetch.max.wait.ms=200"})
    void on(List<ConsumerRecord<String, byte[]>> records) {
        List<DomainEvent> events = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                ConsumerRecord<String, byte[]> record = records.get(i);
                IncomingEvents.read(record, FAMILIES.getOrDefault(record.topic(), DomainEvent.class))
                        .ifPresent(events::add);
            } catch (PoisonMessageException e) {
                projection.apply(events);
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
        }
        projection.apply(events);
    }
}
