package nl.koers.defaults.edge;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.defaults.health.HealthDefaultsAutoConfiguration;
import nl.koers.defaults.messaging.MessagingDefaultsAutoConfiguration;
import nl.koers.defaults.messaging.TopicsAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service as small as a Koers service gets, with every edge service-defaults gives it (security, problem+json,
 * the body limit, strict JSON) but without Kafka and MongoDB, which the edge does not touch.
 */
@SpringBootApplication(exclude = {KafkaAutoConfiguration.class, MessagingDefaultsAutoConfiguration.class,
        TopicsAutoConfiguration.class, MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
        DataMongoRepositoriesAutoConfiguration.class, MongoHealthContributorAutoConfiguration.class,
        HealthDefaultsAutoConfiguration.class})
class EdgeTestApplication {

    enum Format { ONLINE, ON_SITE }

    record Venue(@NotBlank @Size(max = 100) String name) {
    }

    record WorkshopRequest(@NotBlank @Size(max = 100) String title, @Min(1) @Max(500) int capacity,
                           @NotNull LocalDate startsOn, @NotNull Format format, @Size(max = 10) List<String> tags,
                           @Valid Venue venue, Long budget, Boolean published) {
    }

    record WorkshopView(UUID id, String title) {
    }

    @RestController
    static class WorkshopController {

        @GetMapping("/api/workshops/{id}")
        WorkshopView getWorkshop(@PathVariable UUID id) {
            return new WorkshopView(id, "Coaching");
        }

        @GetMapping("/api/workshops")
        List<WorkshopView> listWorkshops(@RequestParam LocalDate from, @RequestParam(defaultValue = "10") int limit) {
            return List.of();
        }

        @PutMapping("/api/workshops/{id}")
        WorkshopView reviseWorkshop(@PathVariable UUID id, @Valid @RequestBody WorkshopRequest request) {
            return new WorkshopView(id, request.title());
        }

        @GetMapping(value = "/api/sessions/calendar/{feed}", produces = "text/calendar")
        String calendarFeed(@PathVariable String feed) {
            return "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
        }

        @GetMapping(value = "/api/workshops/{id}/report", produces = MediaType.TEXT_PLAIN_VALUE)
        String reportWorkshop(@PathVariable UUID id) {
            return "report";
        }

        /** Tomcat reads a form body itself, past the body-limit filter; its own limit must hold too. */
        @PostMapping(value = "/api/workshops/{id}/notes", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
        WorkshopView addWorkshopNote(@PathVariable UUID id, @RequestParam String text) {
            return new WorkshopView(id, text);
        }

        /** As a filter or the container would refuse: the servlet container then dispatches to /error. */
        @PostMapping("/api/workshops/{id}/archive")
        void archiveWorkshop(@PathVariable UUID id, HttpServletResponse response) throws IOException {
            response.sendError(HttpServletResponse.SC_CONFLICT);
        }
    }
}
