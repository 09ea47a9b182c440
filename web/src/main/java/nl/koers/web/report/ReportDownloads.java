package nl.koers.web.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.koers.web.i18n.Formats;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * A report as a download, with the same period as its page: the CSV exactly as the API writes it for Excel (in the
 * reader's language), and the PDF for a network meeting. A download with a period the form would refuse leads to
 * the page, which says beside the field what is wrong; a report the reader may not read is "not found".
 */
@Controller
class ReportDownloads {

    static final MediaType PDF = MediaType.APPLICATION_PDF;
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ReportApi api;
    private final ReportLoader reports;
    private final ReportPdf pdfs;
    private final Formats formats;
    private final Clock clock;

    ReportDownloads(ReportApi api, ReportLoader reports, ReportPdf pdfs, Formats formats, ObjectProvider<Clock> clock) {
        this.api = api;
        this.reports = reports;
        this.pdfs = pdfs;
        this.formats = formats;
        this.clock = clock.getIfAvailable(() -> Clock.system(Formats.AMSTERDAM));
    }

    @GetMapping("/reports/coalitions/{id}.csv")
    ResponseEntity<byte[]> coalitionCsv(@PathVariable String id, @ModelAttribute("periodForm") PeriodForm form,
                                        BindingResult binding, HttpServletRequest request) {
        Period period = form.period(clock, binding);
        if (period == null) {
            return toThePage(id, form, request);
        }
        return csv(ReportScope.COALITION, id, period);
    }

    @GetMapping("/reports/trajectories/{id}.csv")
    ResponseEntity<byte[]> trajectoryCsv(@PathVariable UUID id) {
        return csv(ReportScope.TRAJECTORY, id.toString(), null);
    }

    @GetMapping("/reports/cohorts/{id}.csv")
    ResponseEntity<byte[]> cohortCsv(@PathVariable UUID id) {
        return csv(ReportScope.COHORT, id.toString(), null);
    }

    @GetMapping("/reports/coalitions/{id}.pdf")
    ResponseEntity<byte[]> coalitionPdf(@PathVariable String id, @ModelAttribute("periodForm") PeriodForm form,
                                        BindingResult binding, HttpServletRequest request, HttpServletResponse response) {
        Period period = form.period(clock, binding);
        if (period == null) {
            return toThePage(id, form, request);
        }
        return pdf(reports.coalition(id, period), request, response);
    }

    @GetMapping("/reports/trajectories/{id}.pdf")
    ResponseEntity<byte[]> trajectoryPdf(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response) {
        return pdf(reports.trajectory(id), request, response);
    }

    @GetMapping("/reports/cohorts/{id}.pdf")
    ResponseEntity<byte[]> cohortPdf(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response) {
        return pdf(reports.cohort(id), request, response);
    }

    private ResponseEntity<byte[]> csv(ReportScope scope, String id, Period period) {
        byte[] csv = api.csv(scope, id, period, LocaleContextHolder.getLocale());
        return download(csv, CSV, Downloads.fileName(scope, id, period, "csv"));
    }

    private ResponseEntity<byte[]> pdf(ReportPage page, HttpServletRequest request, HttpServletResponse response) {
        byte[] pdf = pdfs.render(page, formats.date(LocalDate.now(clock.withZone(Formats.AMSTERDAM))), request, response);
        return download(pdf, PDF, Downloads.fileName(page.scope(), page.id(), page.period(), "pdf"));
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(body);
    }

    /** Back to the report's page with the same (refused) period, where the form says what to change. */
    private static ResponseEntity<byte[]> toThePage(String id, PeriodForm form, HttpServletRequest request) {
        UriComponentsBuilder page = UriComponentsBuilder.fromPath(request.getContextPath())
                .path(ReportScope.COALITION.page(UriUtils.encodePathSegment(id, StandardCharsets.UTF_8)));
        for (String[] parameter : new String[][] {{"year", form.year()}, {"from", form.from()}, {"to", form.to()}}) {
            if (parameter[1] != null && !parameter[1].isBlank()) {
                page.queryParam(parameter[0], UriUtils.encodeQueryParam(parameter[1], StandardCharsets.UTF_8));
            }
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(page.build(true).toUriString())).build();
    }
}
