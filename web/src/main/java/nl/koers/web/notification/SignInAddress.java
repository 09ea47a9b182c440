package nl.koers.web.notification;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.koers.web.WebProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Hands the address of a sign-in to notification-service ({@code PUT /api/notifications/address}) after every
 * sign-in, so that staff, who have no participant profile, get Koers's mails too. The service reads the address
 * from the access token itself; nothing is sent but the token.
 *
 * <p>Best effort and out of the way: it runs beside the sign-in on a thread of its own with a short time-out, so
 * a service that is away or slow never holds anyone up, and a failure is logged (its status only, never the
 * address) and forgotten: the next sign-in hands the address over again.
 */
@Component
public class SignInAddress {

    static final String ADDRESS = "/api/notifications/address";
    /** Far longer than the call takes; short enough that a hanging service ties up no thread for long. */
    static final Duration TIME_OUT = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(SignInAddress.class);

    private final RestClient rest;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    public SignInAddress(RestClient.Builder builder, WebProperties properties) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIME_OUT).version(HttpClient.Version.HTTP_1_1).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(TIME_OUT);
        this.rest = builder.baseUrl(properties.apiUri().toString()).requestFactory(requests).build();
    }

    /** Starts handing the address over as the holder of {@code accessToken}; done (never failed) when it has tried. */
    public CompletableFuture<Void> handOver(String accessToken) {
        return CompletableFuture.runAsync(() -> put(accessToken), threads);
    }

    private void put(String accessToken) {
        try {
            rest.put().uri(ADDRESS).headers(headers -> headers.setBearerAuth(accessToken)).retrieve().toBodilessEntity();
        } catch (RestClientResponseException refused) {
            log.warn("notification-service did not record the address of a sign-in: it answered {}",
                    refused.getStatusCode().value());
        } catch (RuntimeException away) {
            log.warn("notification-service did not record the address of a sign-in: {}", away.getClass().getSimpleName());
        }
    }
}
