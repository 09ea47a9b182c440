package nl.koers.defaults.apidocs;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sample service's two contract documents, fetched as a client would: without a token. */
final class SampleDocuments {

    static final Path FOLDER = Path.of("target", "contracts");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SampleDocuments() {
    }

    static JsonNode openApi(MockMvc mvc) {
        return JSON.readTree(fetch(mvc, "/v3/api-docs", "openapi.json"));
    }

    static JsonNode asyncApi(MockMvc mvc) {
        return JSON.readTree(fetch(mvc, AsyncApiController.PATH, "asyncapi.json"));
    }

    /** Fetches a document, fails unless it is a 200, and keeps a copy under target/contracts for the checkers. */
    static String fetch(MockMvc mvc, String path, String file) {
        try {
            MvcResult result = mvc.perform(get(path)).andReturn();
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (result.getResponse().getStatus() != 200) {
                throw new AssertionError("GET " + path + " answered " + result.getResponse().getStatus() + ": " + body);
            }
            Files.createDirectories(FOLDER);
            Files.writeString(FOLDER.resolve(file), JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(JSON.readTree(body)));
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }
}
