package nl.koers.web.api;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.koers.web.WebProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Koers API as the signed-in user calls it: through the gateway, with the user's access token. A refusal
 * becomes an {@link ApiProblem} (with the problem's code, detail and fields); a service that does not answer
 * becomes {@link ServiceUnavailable}. Nothing of the request or the answer is logged: both may carry
 * personal data.
 */
@Component
public class KoersApi {

    private static final String PROBLEM_PREFIX = "urn:koers:problem:";

    private final RestClient rest;
    private final JsonMapper json;

    KoersApi(RestClient.Builder builder, WebProperties properties, AccessTokens tokens, JsonMapper json) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.apiTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.apiTimeout());
        this.json = json;
        this.rest = builder.baseUrl(properties.apiUri().toString())
                .requestFactory(requests)
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().setBearerAuth(tokens.current());
                    return execution.execute(request, body);
                })
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw refusal(response);
                })
                .build();
    }

    public <T> T get(Class<T> type, String uri, Object... variables) {
        return call(() -> rest.get().uri(uri, variables).retrieve().body(type));
    }

    public <T> T get(ParameterizedTypeReference<T> type, String uri, Object... variables) {
        return call(() -> rest.get().uri(uri, variables).retrieve().body(type));
    }

    /**
     * A resource in another media type than JSON (a report as {@code text/csv}), as the API writes it, in the
     * reader's language where the API words it (its labels follow {@code Accept-Language}).
     */
    public byte[] getBytes(MediaType accept, Locale language, String uri, Object... variables) {
        return call(() -> rest.get().uri(uri, variables).accept(accept)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language.toLanguageTag()).retrieve().body(byte[].class));
    }

    /**
     * A resource passed on as it arrives (a participant's export as a file), without holding it in memory: the
     * answer's headers and body go to {@code download} on this thread. A refusal or a service that is away
     * throws before {@code download} is called, so the page can still say so.
     */
    public void stream(MediaType accept, Download download, String uri, Object... variables) {
        call(() -> rest.get().uri(uri, variables).accept(accept).exchange((request, response) -> {
            if (response.getStatusCode().isError()) {
                throw refusal(response);
            }
            download.write(response.getHeaders(), response.getBody());
            return null;
        }));
    }

    /** Where {@link #stream} writes what the API answers. */
    @FunctionalInterface
    public interface Download {
        void write(HttpHeaders headers, java.io.InputStream body) throws IOException;
    }

    /**
     * A command whose answer's status says what happened (202 accepted anew, 200 the same request already
     * under way), with the answer's body.
     */
    public <T> ResponseEntity<T> postForEntity(Class<T> type, Object body, String uri, Object... variables) {
        return call(() -> {
            RestClient.RequestBodySpec spec = rest.post().uri(uri, variables);
            if (body != null) {
                spec.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return spec.retrieve().toEntity(type);
        });
    }

    /** The API's largest page: whole lists are read this many items at a time. */
    public static final int LARGEST_PAGE = 100;
    /** A safeguard against an answer that never ends: 2,000 items is far beyond any cohort or catalogue. */
    private static final int MAX_PAGES = 20;

    /**
     * A whole list, read page by page until the API says there are no more. {@code uri} ends in a
     * {@code page={page}} variable, the last one, which this fills in.
     */
    public <T> List<T> getAll(ParameterizedTypeReference<Page<T>> type, String uri, Object... variables) {
        List<T> items = new ArrayList<>();
        Object[] withPage = Arrays.copyOf(variables, variables.length + 1);
        for (int page = 0; page < MAX_PAGES; page++) {
            withPage[variables.length] = page;
            Page<T> answer = get(type, uri, withPage);
            if (answer == null || answer.items() == null) {
                break;
            }
            items.addAll(answer.items());
            if (answer.items().isEmpty() || page + 1 >= answer.totalPages()) {
                break;
            }
        }
        return items;
    }

    /** A resource with its ETag, for a later write with If-Match. */
    public <T> Versioned<T> getVersioned(Class<T> type, String uri, Object... variables) {
        return call(() -> versioned(rest.get().uri(uri, variables).retrieve().toEntity(type)));
    }

    public <T> T post(Class<T> type, Object body, String uri, Object... variables) {
        return call(() -> {
            RestClient.RequestBodySpec spec = rest.post().uri(uri, variables);
            if (body != null) {
                spec.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return spec.retrieve().body(type);
        });
    }

    /**
     * A form with a file, as a browser would post it ({@code multipart/form-data}): an invitation list, say. Each part
     * is a text or an {@link org.springframework.http.HttpEntity} with its own headers; a file's name is its resource's
     * ({@link org.springframework.core.io.Resource#getFilename()}).
     */
    public <T> T postMultipart(Class<T> type, MultiValueMap<String, Object> parts, String uri, Object... variables) {
        return call(() -> rest.post().uri(uri, variables).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .retrieve().body(type));
    }

    /** A conditional command (a cohort's next step): refused with 412 when the resource changed since {@code ifMatch}. */
    public <T> T post(Class<T> type, Object body, String ifMatch, String uri, Object... variables) {
        return call(() -> {
            RestClient.RequestBodySpec spec = rest.post().uri(uri, variables).header(HttpHeaders.IF_MATCH, ifMatch);
            if (body != null) {
                spec.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return spec.retrieve().body(type);
        });
    }

    public <T> T put(Class<T> type, Object body, String uri, Object... variables) {
        return call(() -> rest.put().uri(uri, variables).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(type));
    }

    /** A conditional write: refused with 412 when the resource changed since {@code ifMatch} was read. */
    public <T> Versioned<T> put(Class<T> type, Object body, String ifMatch, String uri, Object... variables) {
        return call(() -> versioned(rest.put().uri(uri, variables).header(HttpHeaders.IF_MATCH, ifMatch)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(type)));
    }

    public <T> T patch(Class<T> type, Object body, String uri, Object... variables) {
        return call(() -> rest.patch().uri(uri, variables).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(type));
    }

    /** A conditional change: refused with 412 when the resource changed since {@code ifMatch} was read. */
    public <T> T patch(Class<T> type, Object body, String ifMatch, String uri, Object... variables) {
        return call(() -> rest.patch().uri(uri, variables).header(HttpHeaders.IF_MATCH, ifMatch)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(type));
    }

    /** The ETag of {@code version}, for If-Match: the API's versions are whole numbers in quotes. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public void delete(String uri, Object... variables) {
        call(() -> rest.delete().uri(uri, variables).retrieve().toBodilessEntity());
    }

    private static <T> Versioned<T> versioned(ResponseEntity<T> entity) {
        return new Versioned<>(entity.getBody(), entity.getHeaders().getETag());
    }

    private static <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException e) {
            throw new ServiceUnavailable("The API did not answer", e);
        }
    }

    private RuntimeException refusal(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        if (status == 502 || status == 503 || status == 504) {
            return new ServiceUnavailable("The API answered " + status, null);
        }
        String code = "unknown";
        String detail = "";
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            JsonNode problem = json.readTree(response.getBody());
            String type = problem.path("type").asString("");
            code = type.startsWith(PROBLEM_PREFIX) ? type.substring(PROBLEM_PREFIX.length()) : code;
            detail = problem.path("detail").asString("");
            for (JsonNode error : problem.path("errors")) {
                fields.putIfAbsent(error.path("field").asString(""), error.path("message").asString(""));
            }
        } catch (RuntimeException unreadable) {
            // Not problem+json (a proxy's page, say): the status alone still tells the page what happened.
        }
        return new ApiProblem(status, code, detail, fields);
    }
}
