package nl.koers.system.api;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the bad-input walker's requests to the gateway exactly as written: with the JDK's HTTP client where
 * it will send them, and over a plain socket where it refuses or would tidy them up (a malformed
 * percent-encoding or a NUL byte in the request target, a 20 KB header, a body the server may refuse before
 * it has all been sent). Never throws for what the server does: a connection it drops is an {@link Answer}
 * with an error.
 */
final class EdgeClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int RAW_HEADER_LIMIT = 8 * 1024;
    private static final int RAW_BODY_LIMIT = 1024 * 1024;
    private static final int KEPT_BODY = 64 * 1024;

    private final String host;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicInteger sent = new AtomicInteger();

    EdgeClient(String baseUrl) {
        URI base = URI.create(baseUrl);
        this.host = base.getHost();
        this.port = base.getPort();
    }

    /** A request; {@code target} is the path and query as they go on the wire, percent-encoded or deliberately not. */
    record Exchange(String method, String target, Map<String, String> headers, byte[] body) {

        Exchange {
            headers = new LinkedHashMap<>(headers);
            body = body == null ? new byte[0] : body;
        }

        Exchange withHeader(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(headers);
            if (value == null) {
                changed.remove(name);
            } else {
                changed.put(name, value);
            }
            return new Exchange(method, target, changed, body);
        }

        Exchange withBody(String contentType, byte[] newBody) {
            return new Exchange(method, target, headers, newBody).withHeader("Content-Type", contentType);
        }

        /** One line for a failure report: method, target, and what is unusual about the headers and body. */
        String describe() {
            StringBuilder text = new StringBuilder(method).append(' ').append(shorten(printable(target), 140));
            headers.forEach((name, value) -> {
                if (name.equals("Authorization")) {
                    text.append(value.length() > 200 ? " [Authorization: " + value.length() + " chars]"
                            : value.startsWith("Bearer ey") ? "" : " [Authorization: " + shorten(value, 30) + "]");
                } else if (!name.equals("Accept") && !(name.equals("Content-Type") && value.equals("application/json"))) {
                    text.append(" [").append(name).append(": ").append(shorten(value, 40)).append(']');
                }
            });
            if (!headers.containsKey("Authorization")) {
                text.append(" [no token]");
            }
            if (body.length > 0) {
                text.append(" body ").append(body.length > 2000 ? body.length + " bytes"
                        : shorten(new String(body, StandardCharsets.UTF_8), 160));
            }
            return text.toString();
        }
    }

    /** What came back: the status (0 when nothing did), Content-Type, the body's start, or why there was no answer. */
    record Answer(int status, String contentType, String body, String error) {

        static Answer none(String why) {
            return new Answer(0, "", "", why);
        }

        String describe() {
            return error != null ? "no answer (" + error + ")"
                    : status + " " + (contentType.isEmpty() ? "(no Content-Type)" : contentType) + " "
                    + shorten(body.replaceAll("\\s+", " "), 160);
        }
    }

    int sent() {
        return sent.get();
    }

    Answer send(Exchange exchange) {
        sent.incrementAndGet();
        URI uri = jdkUri(exchange.target());
        if (uri == null || needsSocket(exchange)) {
            return sendOverSocket(exchange);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .method(exchange.method(), exchange.body().length == 0 && !exchange.headers().containsKey("Content-Type")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(exchange.body()));
        exchange.headers().forEach(request::header);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(body, 0, Math.min(body.length, KEPT_BODY), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            return Answer.none(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The URI the JDK client would send, or null where it refuses the target (it never re-encodes a valid one). */
    private URI jdkUri(String target) {
        for (char c : target.toCharArray()) {
            if (c <= 0x20 || c >= 0x7f) {
                return null;
            }
        }
        try {
            return URI.create("http://" + host + ":" + port + target);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean needsSocket(Exchange exchange) {
        return exchange.body().length > RAW_BODY_LIMIT
                || exchange.headers().values().stream().anyMatch(value -> value.length() > RAW_HEADER_LIMIT);
    }

    /**
     * HTTP/1.1 by hand, one request per connection. The body is written from another thread, so that a server
     * that answers 413 and stops reading still has its answer read.
     */
    private Answer sendOverSocket(Exchange exchange) {
        StringBuilder head = new StringBuilder(exchange.method()).append(' ').append(exchange.target()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n");
        exchange.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (exchange.body().length > 0 || exchange.headers().containsKey("Content-Type")) {
            head.append("Content-Length: ").append(exchange.body().length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                    out.write(exchange.body());
                    out.flush();
                } catch (IOException ignored) {
                    // The server may close the connection once it has answered; its answer is what counts.
                }
            });
            Answer answer = readResponse(new BufferedInputStream(socket.getInputStream()));
            writer.join(TIMEOUT.toMillis());
            return answer;
        } catch (IOException e) {
            return Answer.none(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer readResponse(InputStream in) throws IOException {
        String statusLine = readLine(in);
        if (statusLine == null) {
            return Answer.none("the connection closed without a response");
        }
        String[] parts = statusLine.split(" ", 3);
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (RuntimeException e) {
            return Answer.none("not an HTTP status line: " + shorten(statusLine, 80));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = readChunked(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes((int) Math.min(Long.parseLong(headers.get("content-length")), KEPT_BODY));
        } else {
            body = in.readNBytes(KEPT_BODY);
        }
        return new Answer(status, headers.getOrDefault("content-type", ""), new String(body, StandardCharsets.UTF_8), null);
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String size = readLine(in); size != null; size = readLine(in)) {
            int length = Integer.parseInt(size.split(";", 2)[0].strip(), 16);
            if (length == 0) {
                break;
            }
            body.write(in.readNBytes(length));
            readLine(in);
            if (body.size() > KEPT_BODY) {
                break;
            }
        }
        return body.toByteArray();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }

    private static String printable(String text) {
        return text.replace("\u0000", "\\0");
    }
}
