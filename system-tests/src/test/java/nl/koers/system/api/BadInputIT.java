package nl.koers.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.koers.system.Koers;
import nl.koers.system.api.BadRequests.Case;
import nl.koers.system.api.EdgeClient.Answer;
import nl.koers.system.api.Findings.Category;
import org.junit.jupiter.api.Test;

/**
 * A schema-driven walk over every operation of the three OpenAPI documents, through the gateway of the running
 * stack, with the bad input a careless or hostile client sends (see {@link BadRequests}). Every answer must
 * be: never a 5xx; a 4xx for what the schema or the edge rejects; {@code application/problem+json} with a
 * {@code detail} for every 4xx; a status the operation's document declares, or one the case allows because
 * something before the operation answers it. A new operation, parameter or field is walked without a line
 * here; ids come from {@link RealIds}.
 *
 * <p>Bounded: at most {@value #MAX_REQUESTS} requests and {@link #DEADLINE}, three at a time. All findings are
 * reported at once, per category with examples, and listed in {@code target/bad-input/findings.txt}.
 */
class BadInputIT {

    private static final int MAX_REQUESTS = 3_000;
    private static final Duration DEADLINE = Duration.ofMinutes(6);
    private static final int IN_FLIGHT = 3;
    /** Who may call what is not in the documents: each operation gets the first of these its valid request lets in. */
    /**
     * Operations whose valid request cannot be undone, with the caller their bad requests go as: probing one would
     * erase the walk's own participant (the valid body names the real participant), whom later operations need.
     */
    private static final Map<String, String> IRREVERSIBLE = Map.of("requestErasure", "admin");

    private static final List<String> CALLERS = List.of("organiser", "admin", "facilitator", "coalition", RealIds.PARTICIPANT);

    private final Koers koers = new Koers();

    @Test
    void everyOperationAnswersBadInputWithADeclaredProblemAndNeverA5xx() throws Exception {
        Instant started = Instant.now();
        EdgeClient client = new EdgeClient(koers.stack.gatewayUrl());
        Findings findings = new Findings();
        List<OpenApi> documents = ApiDocuments.SERVICES.stream().map(ApiDocuments::parsedOpenApi).toList();
        RealIds ids = RealIds.make(koers);
        ids.problems().forEach(problem -> findings.add(Category.SETUP, problem));
        Map<String, String> tokens = new LinkedHashMap<>();
        CALLERS.forEach(user -> tokens.put(user, koers.token(user)));

        List<Planned> planned = new ArrayList<>();
        Map<String, String> callers = new LinkedHashMap<>();
        Map<String, Integer> unreached = new LinkedHashMap<>();
        int operations = 0;
        for (OpenApi document : documents) {
            SchemaSamples samples = new SchemaSamples(document, ids);
            if (document.operations().isEmpty()) {
                findings.add(Category.SETUP, document.service() + "'s OpenAPI document has no operations to walk");
            }
            for (Operation operation : document.operations()) {
                operations++;
                BadRequests requests = new BadRequests(operation, samples, ids);
                String caller = caller(operation, requests, tokens, client, findings, unreached);
                callers.put(operation.toString(), caller);
                requests.cases(tokens.get(caller)).forEach(request -> planned.add(new Planned(operation, request)));
            }
        }
        int probes = client.sent();
        assertThat(probes + planned.size()).withFailMessage(() -> "The walk would send " + (probes + planned.size())
                + " requests, more than its budget of " + MAX_REQUESTS + "; thin the cases in BadRequests or raise the budget.")
                .isLessThanOrEqualTo(MAX_REQUESTS);

        sendAll(planned, client, findings, started.plus(DEADLINE));
        int unsent = probes + planned.size() - client.sent();
        if (unsent > 0) {
            findings.add(Category.BUDGET, unsent + " requests not sent: the walk passed its deadline of " + DEADLINE);
        }

        Duration took = Duration.between(started, Instant.now());
        Path file = ApiDocuments.directory().resolveSibling("bad-input").resolve("findings.txt");
        String headline = "Bad-input walk over " + operations + " operations: " + client.sent() + " requests (" + probes
                + " of them valid, to find each operation's caller) in " + took.toSeconds() + " s, through "
                + koers.stack.gatewayUrl() + "; " + unreached.size() + " operations' valid request got no 2xx from any caller.";
        findings.write(file, headline + "\nIds made for it: " + ids.all() + "\nCallers: " + callers
                + "\nValid requests no caller got a 2xx for (the walk reaches these less deep; best status): " + unreached);
        assertThat(findings.isEmpty()).withFailMessage(() -> findings.summary(headline, file)).isTrue();
    }

    private record Planned(Operation operation, Case request) {
    }

    /** Sends the planned requests, {@value #IN_FLIGHT} at a time, and checks each answer; none after the deadline. */
    private static void sendAll(List<Planned> planned, EdgeClient client, Findings findings, Instant deadline)
            throws Exception {
        List<Future<?>> sending = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT)) {
            for (Planned next : planned) {
                sending.add(pool.submit(() -> {
                    if (Instant.now().isBefore(deadline)) {
                        findings.check(next.operation(), next.request(), client.send(next.request().exchange()));
                    }
                }));
            }
        }
        for (Future<?> sent : sending) {
            sent.get();
        }
    }

    /**
     * The first of {@link #CALLERS} whose valid request is answered 2xx; else the one that got furthest: a 409,
     * 412, 422 or 428 was decided by the operation itself, a 400 by its input, a 404 perhaps by who asked, a 401
     * or 403 by the token. Writes without a body are not probed (the walk sends them only random ids): the
     * organiser calls them. {@code unreached} gets each operation whose valid request no caller got a 2xx for.
     */
    private static String caller(Operation operation, BadRequests requests, Map<String, String> tokens, EdgeClient client,
                                 Findings findings, Map<String, Integer> unreached) {
        if (!requests.realIdsAreSafe()) {
            return CALLERS.getFirst();
        }
        if (IRREVERSIBLE.containsKey(operation.operationId())) {
            return IRREVERSIBLE.get(operation.operationId());
        }
        String best = CALLERS.getFirst();
        int bestRank = Integer.MAX_VALUE;
        int bestStatus = 0;
        for (String user : CALLERS) {
            Case probe = Case.of("valid request", "as " + user, requests.probe(tokens.get(user)), false);
            Answer answer = client.send(probe.exchange());
            findings.check(operation, probe, answer);
            int rank = rank(answer.status());
            if (rank == 0) {
                return user;
            }
            if (rank < bestRank) {
                best = user;
                bestRank = rank;
                bestStatus = answer.status();
            }
        }
        unreached.put(operation.toString(), bestStatus);
        return best;
    }

    private static int rank(int status) {
        return switch (status) {
            case 409, 412, 422, 428 -> 1;
            case 400 -> 2;
            case 404 -> 3;
            case 401, 403 -> 5;
            default -> status / 100 == 2 ? 0 : 4;
        };
    }
}
