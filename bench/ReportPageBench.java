import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coalition report in the web app, timed end to end as the coalition user reads it: its page (browser -> gateway
 * -> web -> gateway -> trajectory-service for the report and the coalition's trajectories, reflection-service for
 * the evaluation items' labels, and back) and its PDF (the same, then the page model rendered as XHTML, charts
 * through Batik, fonts subset, by openhtmltopdf). Meant for the stack OutcomeReportBench has filled with 1,000
 * cohorts of teams-aan-zet in this school year (see bench/README.md). Signs the demo coalition user in through the
 * real OIDC flow (as HomePageBench does), warms up, then requests the page R times and the PDF P times, one at a
 * time, and prints p50/p95/p99/max. The figure is the time to the last byte on loopback: the server time plus a few
 * tens of microseconds.
 *
 * Run: java bench/ReportPageBench.java [pageRequests=300] [pdfRequests=100] [gateway=http://127.0.0.1:8080]
 *      [idp=http://127.0.0.1:9000] [coalition=teams-aan-zet]
 * Needs only a JDK 21+ and a running stack with the web app (deploy/local/up).
 */
public class ReportPageBench {

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int pdfs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        String gateway = args.length > 2 ? args[2] : "http://127.0.0.1:8080";
        String idp = args.length > 3 ? args[3] : "http://127.0.0.1:9000";
        String coalition = args.length > 4 ? args[4] : "teams-aan-zet";

        HttpClient browser = signIn(gateway, idp, "coalition");
        HttpRequest page = HttpRequest.newBuilder(URI.create(gateway + "/reports/coalitions/" + coalition))
                .header("Accept", "text/html").header("Accept-Language", "nl").build();
        HttpRequest pdf = HttpRequest.newBuilder(URI.create(gateway + "/reports/coalitions/" + coalition + ".pdf"))
                .header("Accept-Language", "nl").build();

        String first = expectPage(browser.send(page, HttpResponse.BodyHandlers.ofString()));
        System.out.println("coalition report page: " + first.length() + " characters, " + cohorts(first) + " cohorts, "
                + count(first, "<tr class=\"utrecht-table__row\">") + " table rows, "
                + count(first, "<svg ") + " charts");
        byte[] document = expectPdf(browser.send(pdf, HttpResponse.BodyHandlers.ofByteArray()));
        System.out.println("coalition report PDF: " + document.length + " bytes");

        for (int i = 0; i < 30; i++) { // warm-up: the JIT, Batik's and openhtmltopdf's first use
            expectPage(browser.send(page, HttpResponse.BodyHandlers.ofString()));
            if (i % 3 == 0) {
                expectPdf(browser.send(pdf, HttpResponse.BodyHandlers.ofByteArray()));
            }
        }
        List<Double> pageMillis = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            long begin = System.nanoTime();
            expectPage(browser.send(page, HttpResponse.BodyHandlers.ofString()));
            pageMillis.add((System.nanoTime() - begin) / 1e6);
        }
        List<Double> pdfMillis = new ArrayList<>();
        for (int i = 0; i < pdfs; i++) {
            long begin = System.nanoTime();
            expectPdf(browser.send(pdf, HttpResponse.BodyHandlers.ofByteArray()));
            pdfMillis.add((System.nanoTime() - begin) / 1e6);
        }
        print("page", pageMillis);
        print("PDF", pdfMillis);
    }

    static void print(String what, List<Double> millis) {
        Collections.sort(millis);
        System.out.printf("coalition report %s, %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what,
                millis.size(), at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis.get(millis.size() - 1));
    }

    /** The browser's part of the OIDC login: follow the redirects by hand, fill in the provider's form, keep the cookies. */
    static HttpClient signIn(String gateway, String idp, String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String next = gateway + "/";
        for (int hop = 0; hop < 10; hop++) {
            HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(next)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200 && next.startsWith(idp) && answer.body().contains("name=\"password\"")) {
                Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(answer.body());
                if (!csrf.find()) {
                    throw new IllegalStateException("no CSRF token on the login page");
                }
                String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
                HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(idp + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + URLEncoder.encode(
                                System.getenv().getOrDefault("KOERS_DEMO_PASSWORD", "koers-demo"), StandardCharsets.UTF_8)
                                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
                next = login.headers().firstValue("Location").orElseThrow();
                continue;
            }
            if (answer.statusCode() == 200) {
                expectPage(answer);
                return browser;
            }
            String location = answer.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                    "sign-in stopped at " + answer.uri() + " with " + answer.statusCode()));
            next = URI.create(next).resolve(location).toString();
        }
        throw new IllegalStateException("sign-in did not end after 10 redirects");
    }

    static String expectPage(HttpResponse<String> page) {
        if (page.statusCode() != 200 || !page.body().contains("<h1")) {
            throw new IllegalStateException(page.uri() + " answered " + page.statusCode());
        }
        return page.body();
    }

    static byte[] expectPdf(HttpResponse<byte[]> pdf) {
        byte[] body = pdf.body();
        if (pdf.statusCode() != 200 || body.length < 5 || !new String(body, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new IllegalStateException(pdf.uri() + " answered " + pdf.statusCode() + " without a PDF");
        }
        return body;
    }

    /** The number of cohorts the report covers, from its key figures. */
    static String cohorts(String page) {
        Matcher row = Pattern.compile("Deelnemersgroepen</th>\\s*<td[^>]*>([^<]+)</td>").matcher(page);
        return row.find() ? row.group(1) : "?";
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
