package nl.koers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Forty people hitting "enrol" at once for ten seats. */
class ConcurrentEnrolmentIT {

    private final Koers koers = new Koers();

    @Test
    void fortyConcurrentEnrolmentsIntoTenSeatsConfirmTenAndWaitlistThirtyInOrder() throws Exception {
        List<String> participants = IntStream.rangeClosed(1, 40).mapToObj(n -> "participant" + n).toList();
        List<String> tokens = participants.stream().map(koers::token).toList();
        participants.forEach(koers::fillInProfile);
        UUID cohort = koers.openCohort(10);

        List<Future<Api.Response>> pending = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(tokens.size())) {
            for (String token : tokens) {
                pending.add(pool.submit(() -> koers.enrol(token, cohort)));
            }
        }

        List<JsonNode> enrolments = new ArrayList<>();
        for (Future<Api.Response> response : pending) {
            assertThat(response.get().status()).as(response.get().raw()).isEqualTo(201);
            enrolments.add(response.get().json());
        }
        assertThat(enrolments).filteredOn(e -> e.get("status").asString().equals("CONFIRMED")).hasSize(10);
        assertThat(enrolments.stream().filter(e -> e.get("status").asString().equals("WAITLISTED"))
                .map(e -> e.get("waitlistPosition").asInt()).sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, 30).boxed().toList());
        JsonNode roster = koers.api.get("/api/enrolments?cohortId=" + cohort + "&status=CONFIRMED",
                koers.token("organiser")).json();
        assertThat(roster.get("totalItems").asInt()).isEqualTo(10);
    }
}
