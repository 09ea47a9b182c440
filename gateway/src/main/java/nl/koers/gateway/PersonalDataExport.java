package nl.koers.gateway;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import io.netty.channel.ChannelOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A participant's export, the right of access as one file: the gateway asks each service for its part with the
 * participant's own token and puts the four together. It is the one place that can, since no service reads
 * another's data, and the composition adds no rule of its own: each service decides what its part holds and who
 * may have it. A part whose service does not answer is marked {@code pending} instead of failing the whole
 * file, so the participant gets what there is and sees what is missing; a refusal (a caller who is not a
 * participant) is the services' own problem answer, passed on. The format is documented in docs/privacy.md.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataExport {

    static final String PATH = "/api/privacy/export";
    static final String FORMAT = "koers-export/1";
    private static final Duration PART_TIMEOUT = Duration.ofSeconds(10);
    /** Well above a participant's whole part; WebClient's default of 256 KB could cut a long history. */
    private static final int LARGEST_PART = 32 * 1024 * 1024;

    private record Part(String name, String baseUri) {
    }

    /** One service's answer, or why there is none. */
    private record Answer(Part part, HttpStatusCode status, byte[] body, MediaType type, String unreachable) {
    }

    private final List<Part> parts;
    private final WebClient client;
    private final JsonMapper json;
    private final Problems problems;
    private final Clock clock = Clock.systemUTC();

    PersonalDataExport(@Value("${ENROLMENT_SERVICE_URI:http://127.0.0.1:8081}") String enrolment,
                       @Value("${TRAJECTORY_SERVICE_URI:http://127.0.0.1:8082}") String trajectory,
                       @Value("${REFLECTION_SERVICE_URI:http://127.0.0.1:8083}") String reflection,
                       @Value("${NOTIFICATION_SERVICE_URI:http://127.0.0.1:8085}") String notification,
                       JsonMapper json, Problems problems) {
        this.parts = List.of(new Part("enrolment", enrolment), new Part("trajectory", trajectory),
                new Part("reflection", reflection), new Part("notification", notification));
        this.client = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create()
                        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2000).responseTimeout(PART_TIMEOUT)))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(LARGEST_PART))
                .build();
        this.json = json;
        this.problems = problems;
    }

    @Bean
    RouterFunction<ServerResponse> personalDataExportRoute() {
        return RouterFunctions.route().GET(PATH, this::export).build();
    }

    private Mono<ServerResponse> export(ServerRequest request) {
        String authorization = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
        return request.principal().map(Principal::getName).flatMap(participant -> Flux.fromIterable(parts)
                .flatMapSequential(part -> ask(part, authorization)).collectList()
                .flatMap(answers -> compose(request, participant, answers)));
    }

    private Mono<Answer> ask(Part part, String authorization) {
        return client.get().uri(part.baseUri() + "/api/privacy/" + part.name() + "/export")
                .header(HttpHeaders.AUTHORIZATION, authorization).accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(response -> response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0])
                        .map(body -> new Answer(part, response.statusCode(), body,
                                response.headers().contentType().orElse(null), null)))
                .timeout(PART_TIMEOUT.plusSeconds(1))
                .onErrorResume(e -> Mono.just(new Answer(part, null, null, null, e.getClass().getSimpleName())));
    }

    private Mono<ServerResponse> compose(ServerRequest request, String participant, List<Answer> answers) {
        for (Answer answer : answers) {
            if (answer.status() != null && answer.status().is4xxClientError()) {
                // The services decide who may export; a refusal is theirs, passed on as it came.
                return ServerResponse.status(answer.status())
                        .contentType(answer.type() == null ? MediaType.APPLICATION_PROBLEM_JSON : answer.type())
                        .bodyValue(answer.body());
            }
        }
        if (answers.stream().noneMatch(PersonalDataExport::included)) {
            return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyValue(problems.body(HttpStatus.SERVICE_UNAVAILABLE, Problems.code(HttpStatus.SERVICE_UNAVAILABLE),
                            "Koers cannot put your data together right now: none of its parts answered. Nothing was"
                                    + " lost; please try again in a few minutes.", request.path()));
        }
        ObjectNode export = json.createObjectNode();
        export.put("format", FORMAT);
        export.put("exportedAt", clock.instant().toString());
        export.put("participantId", participant);
        ObjectNode byPart = export.putObject("parts");
        for (Answer answer : answers) {
            ObjectNode part = byPart.putObject(answer.part().name());
            if (included(answer)) {
                part.put("status", "included");
                part.set("data", json.readTree(answer.body()));
            } else {
                part.put("status", "pending");
                part.put("detail", "The " + answer.part().name() + " part could not be read just now ("
                        + (answer.status() == null ? answer.unreachable() : "status " + answer.status().value())
                        + "); export again later to get it.");
            }
        }
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore()).bodyValue(json.writeValueAsBytes(export));
    }

    private static boolean included(Answer answer) {
        return answer.status() != null && answer.status().is2xxSuccessful() && answer.body().length > 0
                && answer.type() != null && answer.type().isCompatibleWith(MediaType.APPLICATION_JSON);
    }
}
