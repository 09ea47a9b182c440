package nl.koers.reflection;

import java.util.Map;
import nl.koers.reflection.membership.Memberships;
import nl.koers.testsupport.Api;
import nl.koers.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service over HTTP on a real Kafka broker and MongoDB-protocol server, with a {@link Stage} to set cohorts,
 * sessions and facts up: what every API test of this service starts from, written once. They share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StagedIT {

    /** A complete evaluation for the default evaluation items. */
    static final Map<String, Integer> RATINGS = Map.of("relevance", 4, "facilitation", 5, "peer-exchange", 5,
            "applicability", 3, "overall", 4);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "reflection");
    }

    @LocalServerPort
    int port;

    @Autowired
    Memberships memberships;

    Stage stage;
    Api api;

    @BeforeEach
    void stage() {
        stage = new Stage(memberships, port);
        api = stage.api();
    }
}
