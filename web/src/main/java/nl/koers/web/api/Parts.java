package nl.koers.web.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Loads the parts of a page at the same time (on virtual threads), so a page that needs three services waits
 * for the slowest, not for the sum. Each part that finds its service away comes back as {@link Part#missing()};
 * any other refusal is the page's to handle (a 404 stays a 404).
 */
@Component
public class Parts {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final AccessTokens tokens;

    Parts(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /** Starts loading one part; {@link Loading#get()} waits for it. */
    public <T> Loading<T> load(Supplier<T> part) {
        String token = tokens.current();
        Supplier<T> asUser = tokens.handOver(token, part);
        return new Loading<>(CompletableFuture.supplyAsync(() -> {
            try {
                return Part.of(asUser.get());
            } catch (ServiceUnavailable away) {
                return Part.<T>missing();
            }
        }, threads));
    }

    /** A part on its way. */
    public record Loading<T>(CompletableFuture<Part<T>> future) {

        public Part<T> get() {
            try {
                return future.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }
}
