package nl.koers.system.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Two tiny sites on random ports for {@link BrowserHarnessIT}: an app with an accessible page, a page broken on
 * purpose and an Accept-Language echo, and a stand-in identity provider whose sign-in form has the local
 * provider's field names and sends the browser back to the app, so the harness is proven without the stack.
 */
final class HarnessSite implements AutoCloseable {

    static final String PASSWORD = "koers-demo";

    private final HttpServer app = server();
    private final HttpServer identityProvider = server();

    HarnessSite() {
        app.createContext("/", this::app);
        identityProvider.createContext("/", this::identityProvider);
        app.start();
        identityProvider.start();
    }

    String appUrl() {
        return "http://127.0.0.1:" + app.getAddress().getPort();
    }

    String identityProviderUrl() {
        return "http://127.0.0.1:" + identityProvider.getAddress().getPort();
    }

    @Override
    public void close() {
        app.stop(0);
        identityProvider.stop(0);
    }

    private void app(HttpExchange exchange) throws IOException {
        Map<String, String> query = parameters(exchange.getRequestURI().getRawQuery());
        switch (exchange.getRequestURI().getPath()) {
            case "/" -> html(exchange, page("Harness", """
                    <h1>Harness</h1>
                    <form action="/hello" method="get">
                      <p><label for="name">Name</label> <input id="name" name="name" autocomplete="name"></p>
                      <p><label for="sector">Sector</label>
                        <select id="sector" name="sector"><option>MBO</option><option>HBO</option></select></p>
                      <p><input type="checkbox" id="consent" name="consent" value="yes">
                        <label for="consent">I agree</label></p>
                      <button type="submit">Send</button>
                    </form>"""));
            case "/hello" -> html(exchange, page("Hello", "<h1>Hello " + escape(query.get("name")) + " from "
                    + escape(query.get("sector")) + ("yes".equals(query.get("consent")) ? ", who agreed" : "")
                    + "</h1>"));
            case "/broken" -> html(exchange, """
                    <!doctype html>
                    <html><head><meta charset="utf-8"><title>Broken</title></head>
                    <body><img src="/pixel.png"><input type="text" name="nameless"></body></html>""");
            case "/language" -> html(exchange, page("Language", "<p id=\"accept-language\">"
                    + escape(exchange.getRequestHeaders().getFirst("Accept-Language")) + "</p>"));
            case "/wide" -> html(exchange, page("Wide", "<div style=\"width: 1000px\">A table too wide</div>"));
            case "/account" -> {
                if (query.containsKey("user")) {
                    html(exchange, page("Account", "<h1>Signed in as " + escape(query.get("user")) + "</h1>"));
                } else {
                    redirect(exchange, identityProviderUrl() + "/login");
                }
            }
            default -> notFound(exchange);
        }
    }

    private void identityProvider(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/login")) {
            notFound(exchange);
        } else if (exchange.getRequestMethod().equals("POST")) {
            Map<String, String> form = parameters(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            redirect(exchange, PASSWORD.equals(form.get("password"))
                    ? appUrl() + "/account?user=" + URLEncoder.encode(form.get("username"), StandardCharsets.UTF_8)
                    : identityProviderUrl() + "/login?error");
        } else {
            html(exchange, page("Please sign in", """
                    <form method="post" action="/login">
                      <p><label for="username">Username</label> <input id="username" name="username"></p>
                      <p><label for="password">Password</label>
                        <input id="password" name="password" type="password"></p>
                      <button type="submit">Sign in</button>
                    </form>"""));
        }
    }

    private static String page(String title, String main) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title></head>\n<body><main>\n" + main + "\n</main></body></html>";
    }

    private static void html(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
    }

    private static Map<String, String> parameters(String encoded) {
        Map<String, String> parameters = new HashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                String[] parts = pair.split("=", 2);
                parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static HttpServer server() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
