package nl.koers.defaults.apidocs;

import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.Hidden;
import nl.koers.defaults.messaging.ServiceTopics;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the service's AsyncAPI document ({@link AsyncApiDocument}) next to its OpenAPI one, without a token;
 * the gateway routes {@code /asyncapi/<service>} here. Built on first request: by then every listener is known.
 */
@RestController
@Hidden
class AsyncApiController {

    static final String PATH = "/asyncapi";

    private final ContractInfo info;
    private final ServiceTopics topics;
    private final List<String> bootstrapServers;
    private final int partitions;
    private volatile Map<String, Object> document;

    AsyncApiController(ContractInfo info, ServiceTopics topics, List<String> bootstrapServers, int partitions) {
        this.info = info;
        this.topics = topics;
        this.bootstrapServers = bootstrapServers;
        this.partitions = partitions;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> asyncApi() {
        Map<String, Object> built = document;
        if (built == null) {
            built = AsyncApiDocument.of(info, topics, bootstrapServers, partitions);
            document = built;
        }
        return built;
    }
}
