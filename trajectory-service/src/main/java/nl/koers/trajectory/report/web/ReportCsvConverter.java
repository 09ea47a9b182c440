package nl.koers.trajectory.report.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.koers.trajectory.report.ReportCsv;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a {@link ReportView} as CSV for Excel ({@link ReportCsv}) when the reader asks for {@code text/csv}: the
 * report endpoints produce JSON and CSV, and Spring's content negotiation picks this converter or Jackson by the
 * {@code Accept} header. The words come in the request's language ({@code Accept-Language}, see
 * {@link ReportLabels}); the answer is a download named after the report, and says it varies by language too.
 */
final class ReportCsvConverter extends AbstractHttpMessageConverter<ReportView> {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final MessageSource labels;

    ReportCsvConverter(MessageSource labels) {
        super(StandardCharsets.UTF_8, TEXT_CSV);
        this.labels = labels;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return ReportView.class.equals(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected ReportView readInternal(Class<? extends ReportView> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("A report is not read from CSV", input);
    }

    @Override
    protected void writeInternal(ReportView view, HttpOutputMessage output) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        HttpHeaders headers = output.getHeaders();
        String name = "koers-" + view.scope().toLowerCase(Locale.ROOT) + "-" + view.id() + ".csv";
        headers.setContentDisposition(ContentDisposition.attachment().filename(name).build());
        List<String> vary = new ArrayList<>(headers.getVary());
        if (vary.stream().noneMatch(HttpHeaders.ACCEPT_LANGUAGE::equalsIgnoreCase)) {
            vary.add(HttpHeaders.ACCEPT_LANGUAGE);
        }
        headers.setVary(vary);
        output.getBody().write(ReportCsv.write(view.report(), new ReportLabels(labels, locale)));
    }
}
