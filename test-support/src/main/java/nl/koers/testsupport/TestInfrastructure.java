package nl.koers.testsupport;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Map;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The one switch that decides, per test JVM, where the real Kafka broker and MongoDB-protocol server come
 * from: Testcontainers ({@code apache/kafka}, {@code mongo}) when a Docker engine answers, otherwise an
 * in-process KRaft broker and mongo-java-server. {@code KOERS_TEST_INFRA=containers|embedded} forces one.
 * Started once and shared by every test class of the JVM; each service test uses its own database.
 */
public final class TestInfrastructure {

    public static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    public static final String MONGODB_IMAGE = "mongo:8.0";

    private static TestInfrastructure instance;

    private final String mode;
    private final String kafkaBootstrapServers;
    private final String mongoBaseUri;

    private TestInfrastructure(String mode, String kafkaBootstrapServers, String mongoBaseUri) {
        this.mode = mode;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoBaseUri = mongoBaseUri;
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = useContainers() ? startContainers() : startEmbedded();
        }
        return instance;
    }

    /**
     * Points a Spring Boot test at this infrastructure and at {@link TestTokens}' issuer. Call from a
     * {@code @DynamicPropertySource} method.
     */
    public static void register(DynamicPropertyRegistry registry, String database) {
        TestInfrastructure infrastructure = get();
        registry.add("spring.kafka.bootstrap-servers", infrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> infrastructure.mongoUri(database));
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.get().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> TestTokens.get().jwkSetUri());
    }

    public String mode() {
        return mode;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String mongoUri(String database) {
        return mongoBaseUri + "/" + database;
    }

    /** The switch itself: containers when forced or when a Docker engine answers. */
    static boolean useContainers() {
        String forced = System.getenv().getOrDefault("KOERS_TEST_INFRA", "auto").toLowerCase(Locale.ROOT);
        return switch (forced) {
            case "containers" -> true;
            case "embedded" -> false;
            default -> dockerAnswers();
        };
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestInfrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        MongoDBContainer mongo = new MongoDBContainer(MONGODB_IMAGE);
        kafka.start();
        mongo.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            mongo.stop();
        }));
        String uri = mongo.getConnectionString();
        return new TestInfrastructure("containers", kafka.getBootstrapServers(), uri);
    }

    private static TestInfrastructure startEmbedded() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperties(Map.of("auto.create.topics.enable", "true", "num.partitions", "3"));
        kafka.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.shutdownNow();
            kafka.destroy();
        }));
        return new TestInfrastructure("embedded", kafka.getBrokersAsString(),
                "mongodb://127.0.0.1:" + address.getPort());
    }
}
