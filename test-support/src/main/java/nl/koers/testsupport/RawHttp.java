package nl.koers.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * HTTP/1.1 over a bare socket, for requests a real client refuses to send (a raw {@code %00}, a bad escape, a
 * header of 20 KB, a body that claims 5 MB) and for seeing exactly what a server answers to them.
 */
public final class RawHttp {

    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** Sends the request line and headers as given ({@code Host} and {@code Connection: close} are added). */
    public Response send(String requestLine, String... headers) {
        return exchange(requestLine, headers, out -> { });
    }

    /** Sends {@code body} with its {@code Content-Length}. */
    public Response sendWithBody(String requestLine, String body, String... headers) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange(requestLine, append(headers, "Content-Length: " + bytes.length), out -> write(out, bytes));
    }

    /**
     * Sends a chunked body of {@code size} bytes of {@code fill}, while reading the answer at the same time: a
     * server that stops reading half-way and answers still gets its answer seen.
     */
    public Response sendChunked(String requestLine, long size, byte fill, String... headers) {
        String[] all = append(headers, "Transfer-Encoding: chunked");
        return exchange(requestLine, all, out -> {
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, fill);
            for (long sent = 0; sent < size; sent += chunk.length) {
                int length = (int) Math.min(chunk.length, size - sent);
                write(out, (Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                write(out, java.util.Arrays.copyOf(chunk, length));
                write(out, "\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            write(out, "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
    }

    private Response exchange(String requestLine, String[] headers, Consumer<OutputStream> body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1:").append(port)
                    .append("\r\nConnection: close\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            // The body goes out on its own thread: the answer may come (and the server stop reading) before it ends.
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> body.accept(out));
            Response response = read(socket.getInputStream());
            sending.exceptionally(e -> null);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                all.write(buffer, 0, n);
                if (complete(all.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
        } catch (java.net.SocketException reset) {
            // A server that closes with our body unread resets the connection; what arrived before counts.
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("No complete answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    /** Whether the head and a body of the announced length (or the last chunk) have arrived. */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = text.substring(0, end).toLowerCase(Locale.ROOT);
        int at = head.indexOf("\r\ncontent-length:");
        if (at >= 0) {
            String value = head.substring(at + 17).split("\r\n")[0].trim();
            return text.length() - end - 4 >= Integer.parseInt(value);
        }
        return head.contains("transfer-encoding: chunked") && text.endsWith("0\r\n\r\n");
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] append(String[] headers, String header) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 1);
        all[headers.length] = header;
        return all;
    }
}
