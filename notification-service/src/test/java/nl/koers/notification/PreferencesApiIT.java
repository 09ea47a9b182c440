package nl.koers.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.koers.testsupport.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The preferences and address API over HTTP: defaults, changes with ETag and If-Match, and every refusal. */
class PreferencesApiIT extends StagedIT {

    private static final String PATH = "/api/notifications/preferences";

    private final String user = Stage.person("pieter");
    private final String token = Stage.token(user, "participant");

    @Test
    void withoutStoredPreferencesEveryTopicIsOnInDutchAtVersionZeroAndReadingStoresNothing() {
        Api.Response defaults = api.get(PATH, token);

        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.header("ETag")).isEqualTo("\"0\"");
        assertThat(defaults.text("language")).isEqualTo("nl");
        assertThat(defaults.json().get("topics").propertyNames()).containsExactly("SEAT", "SESSION_CHANGES",
                "SESSION_REMINDERS", "FEEDBACK", "COHORT_COMPLETED");
        assertThat(defaults.json().get("topics").valueStream().allMatch(JsonNode::asBoolean)).isTrue();
        assertThat(defaults.json().get("locked").valueStream().map(JsonNode::asString)).containsExactly("SEAT");
        assertThat(api.get(PATH, token).header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void aChangeNeedsTheCurrentVersionWhenItNamesOne() {
        Api.Response first = change(body("en", Map.of("FEEDBACK", false)), "\"0\"");
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        assertThat(first.text("language")).isEqualTo("en");
        assertThat(first.json().get("topics").get("FEEDBACK").asBoolean()).isFalse();
        assertThat(first.json().get("version").asInt()).isEqualTo(1);

        Api.Response stale = change(body("nl", Map.of()), "\"0\"");
        assertProblem(stale, 412);
        assertThat(api.get(PATH, token).text("language")).as("the stale change changed nothing").isEqualTo("en");

        Api.Response second = change(body("nl", Map.of()), first.header("ETag"));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.header("ETag")).isEqualTo("\"2\"");
        assertThat(change(body("en", Map.of()), null).header("ETag")).as("without If-Match").isEqualTo("\"3\"");
        assertProblem(change(body("en", Map.of()), "\"not-a-version\""), 412);
    }

    @Test
    void theSeatTopicCannotBeTurnedOffAndEveryTopicMustBeNamedOnce() {
        assertInvalid(change(body("nl", Map.of("SEAT", false)), null), "topics.SEAT");

        Map<String, Object> unknown = body("nl", Map.of());
        topics(unknown).put("NEWSLETTER", true);
        assertInvalid(change(unknown, null), "topics.NEWSLETTER");

        Map<String, Object> missing = body("nl", Map.of());
        topics(missing).remove("SESSION_REMINDERS");
        topics(missing).remove("FEEDBACK");
        Api.Response twoMissing = change(missing, null);
        assertInvalid(twoMissing, "topics.SESSION_REMINDERS");
        assertThat(fields(twoMissing)).contains("topics.FEEDBACK");

        assertInvalid(change(body("de", Map.of()), null), "language");
        assertInvalid(change(Map.of("language", "nl"), null), "topics");
        assertProblem(change("{\"language\": \"nl\", \"topics\": {\"SEAT\": \"yes\"}}", null), 400);
        assertProblem(change("not json", null), 400);
        assertThat(api.get(PATH, token).header("ETag")).as("nothing was stored").isEqualTo("\"0\"");
    }

    @Test
    void everyRoleHasPreferencesAndAMailListButOnlyWithAToken() {
        for (String role : List.of("facilitator", "organiser", "coalition", "admin")) {
            assertThat(api.get(PATH, Stage.token(Stage.person(role), role)).status()).isEqualTo(200);
            assertThat(api.get("/api/notifications/mine", Stage.token(Stage.person(role), role)).status()).isEqualTo(200);
        }
        assertProblem(api.get(PATH, null), 401);
        assertProblem(api.get("/api/notifications/mine", null), 401);
        assertProblem(api.get("/api/notifications/mine?size=0", token), 400);
        assertProblem(api.get("/api/notifications/mine?size=101", token), 400);
        assertProblem(api.get("/api/notifications/mine?page=-1", token), 400);
    }

    @Test
    void aSignInWithoutAnAddressIsRefusedAndOneWithAnAddressIsKept() {
        assertInvalid(api.put("/api/notifications/address", token, null), "email");
        assertInvalid(api.put("/api/notifications/address", SignInTokens.mint(user, "facilitator", "not-an-address",
                null), null), "email");
        assertProblem(api.put("/api/notifications/address", null, null), 401);

        Api.Response kept = api.put("/api/notifications/address", SignInTokens.mint(user, "facilitator",
                user + "@koers.test", "Pieter"), null);
        assertThat(kept.status()).isEqualTo(204);
        assertThat(recipients.find(user).orElseThrow().address()).isEqualTo(user + "@koers.test");
    }

    @Test
    void theApiDocumentsDescribeThisService() {
        Api.Response openApi = api.get("/v3/api-docs", null);
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().get("info").get("title").asString()).isEqualTo("Koers notification API");
        assertThat(openApi.json().get("paths").propertyNames()).containsExactlyInAnyOrder(PATH,
                "/api/notifications/address", "/api/notifications/mine", "/api/notifications/dead-letters",
                "/api/notifications/dead-letters/{id}/resend", "/api/privacy/notification/export");
        Api.Response asyncApi = api.get("/asyncapi", null);
        assertThat(asyncApi.status()).isEqualTo(200);
        assertThat(asyncApi.raw()).contains("notification.privacy", "enrolment.enrolments", "enrolment.invitations",
                "trajectory.sessions", "reflection.interventions");
    }

    private Api.Response change(Object body, String ifMatch) {
        Map<String, String> headers = ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch);
        return api.send("PUT", PATH, token, body, headers);
    }

    private static Map<String, Object> body(String language, Map<String, Boolean> overrides) {
        Map<String, Boolean> topics = new HashMap<>(Map.of("SEAT", true, "SESSION_CHANGES", true,
                "SESSION_REMINDERS", true, "FEEDBACK", true, "COHORT_COMPLETED", true));
        topics.putAll(overrides);
        Map<String, Object> body = new HashMap<>();
        body.put("language", language);
        body.put("topics", topics);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Boolean> topics(Map<String, Object> body) {
        return (Map<String, Boolean>) body.get("topics");
    }

    private static List<String> fields(Api.Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static void assertInvalid(Api.Response response, String field) {
        assertProblem(response, 400);
        assertThat(fields(response)).as(response.raw()).contains(field);
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
