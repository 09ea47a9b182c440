package nl.koers.web.privacy;

import jakarta.servlet.http.HttpServletResponse;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import nl.koers.web.api.KoersApi;
import nl.koers.web.api.ServiceUnavailable;
import nl.koers.web.i18n.Formats;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;

/**
 * "Mijn gegevens": everything Koers holds about the signed-in participant, read from the same export the
 * download gives them (the gateway's {@code /api/privacy/export}), per part and section. A part whose service did
 * not answer says so in its place; the rest is there. Opening the page is an export like the download, and the
 * services record it in the audit trail as one.
 */
@Controller
class MyDataController {

    static final String EXPORT = "/api/privacy/export";

    private final KoersApi api;
    private final PersonalDataReader reader;
    private final Clock clock = Clock.system(Formats.AMSTERDAM);

    MyDataController(KoersApi api, PersonalDataReader reader) {
        this.api = api;
        this.reader = reader;
    }

    @GetMapping("/my-data")
    String page(Model model) {
        PersonalData data;
        try {
            data = reader.read(api.get(JsonNode.class, EXPORT));
        } catch (ServiceUnavailable away) {
            // The gateway answers 503 only when no part answered: then every part is "not available yet".
            data = PersonalDataReader.nothingAnswered();
        }
        model.addAttribute("data", data);
        model.addAttribute("somePending", data.parts().stream().anyMatch(p -> !p.included()));
        return "privacy/my-data";
    }

    /**
     * The export as a file, passed on from the gateway as it arrives. When the gateway refuses or is away before
     * the first byte, the person gets the usual page that says so instead of a broken file.
     */
    @GetMapping("/my-data.json")
    void download(HttpServletResponse response) {
        api.stream(MediaType.APPLICATION_JSON, (headers, body) -> {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(fileName(LocalDate.now(clock))).build().toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            try (OutputStream out = response.getOutputStream()) {
                body.transferTo(out);
            }
        }, EXPORT);
    }

    /** "koers-mijn-gegevens-2026-12-02.json": the day it was made, so several downloads do not overwrite each other. */
    static String fileName(LocalDate day) {
        return "koers-mijn-gegevens-" + day + ".json";
    }
}
