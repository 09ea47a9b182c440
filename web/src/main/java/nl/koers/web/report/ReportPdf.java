package nl.koers.web.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nl.koers.web.api.ServiceUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * A report as a PDF for a network meeting, rendered on the server from the same page model and the same chart and
 * table fragments as the page ({@code report/pdf.html}, written as well-formed XHTML, which openhtmltopdf needs):
 * a title page with the period and who the report is about, the charts and tables, and what each figure means. It is
 * a tagged PDF (PDF/UA) with the reader's language and a title, so a screen reader reads it in order, tables as tables.
 *
 * <p>Rendering is CPU work (layout, SVG through Batik, font subsetting): at most
 * {@link ReportProperties#concurrentPdfs()} PDFs render at once, so a queue of them never starves the pages; one
 * that waits longer than {@link ReportProperties#pdfWait()} is answered "try again shortly". The fonts are read
 * once; nothing outside the document itself (no URL, no file) is ever fetched while rendering.
 */
@Component
class ReportPdf {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final Logger log = LoggerFactory.getLogger(ReportPdf.class);

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final ReportProperties properties;
    private final Semaphore turns;
    private final Map<Integer, byte[]> fonts;

    ReportPdf(ITemplateEngine templates, ApplicationContext application, ReportProperties properties) {
        this.templates = templates;
        this.application = application;
        this.properties = properties;
        this.turns = new Semaphore(Math.max(1, properties.concurrentPdfs()), true);
        this.fonts = fonts(properties.fontDirectory());
    }

    /** The page's report as a PDF, in the reader's language. */
    byte[] render(ReportPage page, String generatedOn, HttpServletRequest request, HttpServletResponse response) {
        String html = html(page, generatedOn, request, response);
        try {
            if (!turns.tryAcquire(properties.pdfWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ServiceUnavailable("Too many PDFs rendering at once", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable("Interrupted while waiting to render a PDF", e);
        }
        try {
            long start = System.nanoTime();
            byte[] pdf = pdf(html);
            log.debug("Rendered a {} report PDF of {} bytes in {} ms", page.scope(), pdf.length,
                    (System.nanoTime() - start) / 1_000_000);
            return pdf;
        } finally {
            turns.release();
        }
    }

    /** Whether the PDF embeds DejaVu Sans (else the built-in Helvetica, Latin-1 only). */
    boolean embedsFont() {
        return !fonts.isEmpty();
    }

    String html(ReportPage page, String generatedOn, HttpServletRequest request, HttpServletResponse response) {
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), LocaleContextHolder.getLocale());
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        context.setVariable("page", page);
        context.setVariable("generatedOn", generatedOn);
        context.setVariable("fontFamily", embedsFont() ? FONT_FAMILY : "Helvetica");
        return templates.process("report/pdf", context);
    }

    private byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withHtmlContent(html, null);
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        fonts.forEach((weight, bytes) -> builder.useFont(() -> new ByteArrayInputStream(bytes), FONT_FAMILY, weight,
                FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG)));
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The report PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** DejaVu Sans regular (400) and bold (700), when the machine has them. */
    private static Map<Integer, byte[]> fonts(Path directory) {
        Map<Integer, byte[]> fonts = new LinkedHashMap<>();
        Map<Integer, String> files = Map.of(400, "DejaVuSans.ttf", 700, "DejaVuSans-Bold.ttf");
        files.forEach((weight, file) -> {
            Path font = directory.resolve(file);
            if (Files.isReadable(font)) {
                try {
                    fonts.put(weight, Files.readAllBytes(font));
                } catch (IOException e) {
                    log.warn("Could not read the font {}; report PDFs use the built-in Helvetica", font, e);
                }
            }
        });
        if (fonts.isEmpty()) {
            log.warn("No DejaVu Sans in {}; report PDFs use the built-in Helvetica (Latin-1 only)", directory);
        }
        return Map.copyOf(fonts);
    }
}
