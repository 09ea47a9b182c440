package nl.koers.local.mongo;

import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stack's MongoDB: mongo-java-server speaking the wire protocol, with its data in one H2
 * MVStore file so a restart of the stack loses nothing, and with {@link IndexingH2Backend}'s query planning so
 * that version-checked writes by {@code _id} do not scan their collection.
 *
 * <p>It exists because this machine (and CI) has neither MongoDB nor Docker; services still use the
 * official driver against it. It binds to 127.0.0.1 only: it has no authentication. On SIGTERM the
 * shutdown hook stops accepting connections and closes the store, which writes its last changes to
 * disk; a SIGKILL may lose the writes of the last second or so.
 *
 * <p>Usage: {@code java -jar mongo-server.jar [--port 27017] [--file data/mongo.mv.db]}; the
 * environment variables {@code KOERS_MONGO_PORT} and {@code KOERS_MONGO_FILE} are the fallbacks.
 */
public final class LocalMongoServer {

    private static final Logger log = LoggerFactory.getLogger(LocalMongoServer.class);

    private LocalMongoServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(option(args, "--port", "KOERS_MONGO_PORT", "27017"));
        Path file = Path.of(option(args, "--file", "KOERS_MONGO_FILE", "mongo.mv.db")).toAbsolutePath();
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }

        IndexingH2Backend backend = new IndexingH2Backend(MVStore.open(file.toString()));
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        log.info("MongoDB-protocol server listening on 127.0.0.1:{}, data in {}", port, file);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping: closing connections and flushing {}", file);
            server.shutdownNow(); // also closes the backend, which writes the MVStore to disk
            stopped.countDown();
        }, "mongo-shutdown"));
        stopped.await();
    }

    /** Reads {@code --name value} or {@code --name=value} from the arguments, else the environment, else the default. */
    private static String option(String[] args, String name, String envVariable, String defaultValue) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        String fromEnvironment = System.getenv(envVariable);
        return fromEnvironment == null || fromEnvironment.isBlank() ? defaultValue : fromEnvironment;
    }
}
