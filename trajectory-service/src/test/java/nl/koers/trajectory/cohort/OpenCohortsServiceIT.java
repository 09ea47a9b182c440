package nl.koers.trajectory.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.koers.testsupport.Api;
import nl.koers.trajectory.ServiceIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The catalogue of open cohorts ({@code GET /api/cohorts/open}) over HTTP; other test classes' cohorts share it. */
class OpenCohortsServiceIT extends ServiceIT {

    private final String participant = token("o-ann", "participant");

    @Test
    void offersOnlyOpenCohortsEarliestStartFirstWithTheirTrajectory() {
        String trajectoryId = trajectory("Draagvlak Samen Opleiden bij leidinggevenden");
        String spring = open(plannedCohort(trajectoryId, "Voorjaar", "2031-03-02", List.of()));
        String winter = open(plannedCohort(trajectoryId, "Winter", "2031-01-12", List.of("o-fac")));
        plannedCohort(trajectoryId, "Najaar", "2031-09-01", List.of());
        String closed = open(plannedCohort(trajectoryId, "Gesloten", "2031-02-01", List.of()));
        assertThat(api.post("/api/cohorts/" + closed + "/close", organiser, null).text("status")).isEqualTo("CLOSED");

        List<JsonNode> catalogue = everyPage("/api/cohorts/open", participant);

        assertThat(catalogue).isNotEmpty().allSatisfy(c -> assertThat(c.get("status").asString()).isEqualTo("OPEN"));
        assertThat(catalogue.stream().map(c -> c.get("startsOn").asString()).toList()).isSorted();
        List<JsonNode> ours = catalogue.stream()
                .filter(c -> c.get("trajectoryId").asString().equals(trajectoryId)).toList();
        assertThat(ours.stream().map(c -> c.get("id").asString())).containsExactly(winter, spring);
        JsonNode first = ours.getFirst();
        assertThat(first.get("trajectoryTitle").asString()).isEqualTo("Draagvlak Samen Opleiden bij leidinggevenden");
        assertThat(first.get("organiser").asString()).isEqualTo("NCP EQAVET");
        assertThat(first.get("name").asString()).isEqualTo("Winter");
        assertThat(first.get("capacity").asInt()).isEqualTo(20);
        assertThat(first.get("startsOn").asString()).isEqualTo("2031-01-12");
        assertThat(first.get("endsOn").asString()).isEqualTo("2031-07-12");
        assertThat(first.get("facilitatorIds").valueStream().map(JsonNode::asString)).containsExactly("o-fac");
        assertThat(first.get("version").asLong()).isEqualTo(2);
        assertThat(api.get("/api/cohorts/" + winter, participant).text("name")).isEqualTo("Winter");
    }

    @Test
    void pagesTheCatalogueAndAnswersBadPagesWithAProblem() {
        String trajectoryId = trajectory("LOCK");
        open(plannedCohort(trajectoryId, "Groep A", "2032-01-01", List.of()));
        open(plannedCohort(trajectoryId, "Groep B", "2032-02-01", List.of()));
        JsonNode firstPage = api.get("/api/cohorts/open?size=100", participant).json();
        long total = firstPage.get("totalItems").asLong();

        JsonNode second = api.get("/api/cohorts/open?page=1&size=1", participant).json();

        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(second.get("items")).singleElement().satisfies(c -> assertThat(c.get("id").asString())
                .isEqualTo(firstPage.get("items").get(1).get("id").asString()));
        assertThat(second.get("totalItems").asLong()).isEqualTo(total);
        assertThat(second.get("totalPages").asLong()).isEqualTo(total);
        assertThat(api.get("/api/cohorts/open?page=" + total + "&size=1", participant).json().get("items")).isEmpty();
        assertProblem(api.get("/api/cohorts/open?size=0", participant), 400, "size");
        assertProblem(api.get("/api/cohorts/open?size=101", participant), 400, "size");
        assertProblem(api.get("/api/cohorts/open?page=-1", participant), 400, "page");
        assertProblem(api.get("/api/cohorts/open", null), 401, null);
        assertProblem(api.get("/api/cohorts/not-a-uuid", participant), 400, null);
        assertProblem(api.get("/api/cohorts/" + UUID.randomUUID(), participant), 404, "cohort");
    }

    private String open(String cohortId) {
        Api.Response opened = api.post("/api/cohorts/" + cohortId + "/open", organiser, null);
        assertThat(opened.status()).as(opened.raw()).isEqualTo(200);
        return cohortId;
    }

    private List<JsonNode> everyPage(String path, String token) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = api.get(path + "?size=100&page=" + page, token).json();
            body.get("items").valueStream().forEach(items::add);
            if (page + 1 >= body.get("totalPages").asInt()) {
                return items;
            }
        }
    }
}
