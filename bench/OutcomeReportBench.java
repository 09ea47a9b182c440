import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koers.defaults.messaging.EventJson;
import nl.koers.events.*;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Outcome reports under load: produces the real contract events (CloudEvents binary mode, as the services'
 * outboxes do) of N completed cohorts of P participants straight into the local stack's Kafka, measures how long
 * trajectory-service's report projections take to catch up (events/s, until the coalition report shows every
 * figure the events imply), then a coalition report's latency through the gateway and straight to the service,
 * interleaved in the same run.
 *
 * Every cohort: TrajectoryCreated per 10 cohorts (coalition teams-aan-zet, the demo coalition user's), planned,
 * opened and completed; per participant a profile, confirmed and completed enrolment, a development question (every
 * other one refined into a team question), a reflection, an intervention (every third carried out, every other one
 * given feedback) and an evaluation; four sessions with attendance. Cohorts start in the current school year.
 *
 * Run (from the repository root, stack up):
 *   ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/koers-cp.txt -pl trajectory-service
 *   KOERS_PORT_OFFSET=14000 java -cp "$(cat /tmp/koers-cp.txt):service-defaults/target/classes:event-contracts/target/classes" \
 *     bench/OutcomeReportBench.java [cohorts=1000] [participants=30] [requests=300]
 */
public class OutcomeReportBench {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Instant NOW = Instant.now();

    public static void main(String[] args) throws Exception {
        int cohorts = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int participants = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int offset = Integer.parseInt(System.getenv().getOrDefault("KOERS_PORT_OFFSET", "0"));
        String gateway = "http://127.0.0.1:" + (8080 + offset);
        String service = "http://127.0.0.1:" + (8082 + offset);
        String kafka = "127.0.0.1:" + (9092 + offset);
        String organiser = token("organiser");
        String coalition = token("coalition");
        String path = "/api/reports/coalitions/teams-aan-zet";

        long before = counter(get(gateway + path, organiser).body(), "completed", "participation");
        LocalDate startsOn = LocalDate.now(); // always in this school year, the coalition report's default period
        long events = 0;
        Instant t0 = Instant.now();
        try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
            UUID trajectory = null;
            for (int c = 0; c < cohorts; c++) {
                List<DomainEvent> batch = new ArrayList<>();
                if (c % 10 == 0) {
                    trajectory = UUID.randomUUID();
                    batch.add(new TrajectoryCreated(UUID.randomUUID(), NOW, trajectory, "NCP EQAVET", List.of("teams-aan-zet")));
                }
                cohort(batch, trajectory, participants, startsOn);
                for (DomainEvent event : batch) {
                    send(producer, event);
                }
                events += batch.size();
            }
            producer.flush();
        }
        Instant produced = Instant.now();
        long expected = before + (long) cohorts * participants;
        while (true) {
            String body = get(gateway + path, organiser).body();
            if (counter(body, "completed", "participation") >= expected
                    && counter(body, "responses", "evaluation") >= expected
                    && counter(body, "written", "reflections") >= expected) {
                break;
            }
            Thread.sleep(200);
        }
        Instant caughtUp = Instant.now();
        double seconds = Duration.between(t0, caughtUp).toMillis() / 1000.0;
        System.out.printf("load: %d cohorts x %d participants = %d events%n", cohorts, participants, events);
        System.out.printf("produced in %.1f s; report projections caught up %.1f s after the first event: %.0f events/s%n",
                Duration.between(t0, produced).toMillis() / 1000.0, seconds, events / seconds);

        // The other projections (roster, enrolment-service, reflection-service) read the same backlog on the same
        // cores; the latency below is measured only once every consumer group has caught up, on a quiet stack.
        int groups = waitForNoLag(kafka);
        double allSeconds = Duration.between(t0, Instant.now()).toMillis() / 1000.0;
        System.out.printf("all %d consumer groups caught up %.1f s after the first event: %.0f events/s%n",
                groups, allSeconds, events / allSeconds);

        String report = get(gateway + path, coalition).body();
        System.out.println("coalition report (" + report.length() + " bytes): "
                + report.substring(0, Math.min(400, report.length())) + "...");
        for (int i = 0; i < 30; i++) {
            get(gateway + path, coalition);
            get(service + path, coalition);
        }
        List<Double> viaGateway = new ArrayList<>();
        List<Double> direct = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            viaGateway.add(timed(gateway + path, coalition));
            direct.add(timed(service + path, coalition));
        }
        System.out.printf("coalition report over %d cohorts, %d requests each: gateway p50 %.1f ms p95 %.1f ms p99 %.1f ms;"
                        + " direct p50 %.1f ms p95 %.1f ms p99 %.1f ms%n", cohorts, requests,
                pct(viaGateway, 50), pct(viaGateway, 95), pct(viaGateway, 99), pct(direct, 50), pct(direct, 95), pct(direct, 99));
    }

    static void cohort(List<DomainEvent> out, UUID trajectory, int participants, LocalDate startsOn) {
        UUID cohort = UUID.randomUUID();
        CohortFacts planned = facts(trajectory, "PLANNED", participants, startsOn);
        out.add(new CohortPlanned(UUID.randomUUID(), NOW, cohort, 1, planned));
        out.add(new CohortOpened(UUID.randomUUID(), NOW, cohort, 2, facts(trajectory, "OPEN", participants, startsOn)));
        List<UUID> sessions = new ArrayList<>();
        for (int s = 1; s <= 4; s++) {
            UUID session = UUID.randomUUID();
            sessions.add(session);
            out.add(new SessionScheduled(UUID.randomUUID(), NOW, session, 1, new SessionFacts(cohort, trajectory, s,
                    NOW, NOW.plusSeconds(7200), "SCHEDULED", null, null, null)));
        }
        List<AttendanceRecorded.Mark> marks = new ArrayList<>();
        List<UUID> enrolments = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            String participant = "bench-" + cohort.toString().substring(0, 13) + "-" + p;
            UUID enrolment = UUID.randomUUID();
            enrolments.add(enrolment);
            out.add(new ParticipantProfileUpdated(UUID.randomUUID(), NOW, participant, 1, "Bench " + p,
                    "ROC " + (p % 6), p % 5 == 0 ? "HBO" : "MBO", null));
            out.add(new EnrolmentConfirmed(UUID.randomUUID(), NOW, enrolment, cohort, participant, p + 1));
            marks.add(new AttendanceRecorded.Mark(participant, p % 7 == 0 ? "ABSENT" : "PRESENT"));
            UUID question = UUID.randomUUID();
            out.add(new DevelopmentQuestionLogged(UUID.randomUUID(), NOW, question, cohort, participant, 1, 1, "INDIVIDUAL", "PRIVATE"));
            if (p % 2 == 0) {
                out.add(new DevelopmentQuestionRefined(UUID.randomUUID(), NOW, question, cohort, participant, 2, 2,
                        "INDIVIDUAL", "TEAM", sessions.getFirst(), "PRIVATE"));
            }
            out.add(new ReflectionWritten(UUID.randomUUID(), NOW, UUID.randomUUID(), cohort, sessions.get(1), participant,
                    "PRIVATE", 3, 1));
            UUID intervention = UUID.randomUUID();
            String kind = p % 2 == 0 ? "ACTION_PLAN" : "COMPACT";
            out.add(new InterventionPlanned(UUID.randomUUID(), NOW, intervention, cohort, kind, p % 2 == 0 ? 4 : 0, 1, null, question));
            if (p % 3 == 0) {
                out.add(new InterventionCarriedOut(UUID.randomUUID(), NOW, intervention, cohort, kind, p % 2 == 0 ? 4 : 0, 0));
            }
            if (p % 2 == 0) {
                out.add(new FeedbackGiven(UUID.randomUUID(), NOW, UUID.randomUUID(), intervention, cohort, "FACILITATOR", List.of()));
            }
            out.add(new EvaluationSubmitted(UUID.randomUUID(), NOW, cohort, trajectory,
                    Map.of("relevance", 3 + p % 3, "peer-exchange", 4, "overall", 4), p + 1));
        }
        for (UUID session : sessions) {
            out.add(new AttendanceRecorded(UUID.randomUUID(), NOW, session, cohort, 1, marks));
        }
        out.add(new CohortCompleted(UUID.randomUUID(), NOW, cohort, 3, facts(trajectory, "COMPLETED", participants, startsOn)));
        for (int p = 0; p < participants; p++) {
            String participant = "bench-" + cohort.toString().substring(0, 13) + "-" + p;
            out.add(new EnrolmentCompleted(UUID.randomUUID(), NOW, enrolments.get(p), cohort, participant,
                    participants + 1));
        }
    }

    /** Waits until no consumer group lags behind any topic's end; returns how many groups there are. */
    static int waitForNoLag(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (true) {
                List<String> groups = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get().stream()
                        .map(g -> g.groupId()).toList();
                long lag = 0;
                for (String group : groups) {
                    Map<TopicPartition, OffsetAndMetadata> committed =
                            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                    committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                    var ends = admin.listOffsets(latest).all().get();
                    for (var entry : committed.entrySet()) {
                        if (entry.getValue() != null) {
                            lag += ends.get(entry.getKey()).offset() - entry.getValue().offset();
                        }
                    }
                }
                if (lag == 0) {
                    return groups.size();
                }
                Thread.sleep(200);
            }
        }
    }

    static CohortFacts facts(UUID trajectory, String status, int capacity, LocalDate startsOn) {
        return new CohortFacts(trajectory, status, capacity, startsOn, startsOn.plusMonths(8), null, null, List.of("facilitator"));
    }

    static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        return new KafkaProducer<>(config);
    }

    static void send(KafkaProducer<String, byte[]> producer, DomainEvent event) {
        EventCatalog.Entry entry = EventCatalog.of(event);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(entry.topic(), event.subject(), EventJson.write(event));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.ID, event.eventId().toString());
        header(record, CloudEventHeaders.SOURCE, "/koers/bench");
        header(record, CloudEventHeaders.TYPE, entry.cloudEventType());
        header(record, CloudEventHeaders.SUBJECT, event.subject());
        header(record, CloudEventHeaders.TIME, event.occurredAt().toString());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        producer.send(record);
    }

    static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A top-level figure {@code "name": number} inside the section {@code "section": {...}}; 0 when absent. */
    static long counter(String json, String name, String section) {
        int at = json.indexOf("\"" + section + "\":{");
        if (at < 0) {
            return 0;
        }
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json.substring(at));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    static double timed(String url, String token) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = get(url, token);
        double millis = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return millis;
    }

    static double pct(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    static HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String token(String user) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("deploy/local/token", user).redirectErrorStream(false).start();
        String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0 || token.isEmpty()) {
            throw new IllegalStateException("deploy/local/token " + user + " failed");
        }
        return token;
    }
}
