package nl.koers.web.report;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the report PDFs.
 *
 * @param fontDirectory where DejaVu Sans is (Debian's fonts-dejavu-core): embedded so that every letter prints,
 *                      Dutch diacritics and dashes included; without it the PDF falls back to the built-in Helvetica
 * @param concurrentPdfs how many PDFs render at once: rendering is CPU work, and a queue of meetings' worth of PDFs
 *                      must not starve the pages
 * @param pdfWait       how long a PDF waits for its turn before the reader is asked to try again shortly
 */
@ConfigurationProperties("koers.web.reports")
record ReportProperties(@DefaultValue("/usr/share/fonts/truetype/dejavu") Path fontDirectory,
                        @DefaultValue("2") int concurrentPdfs, @DefaultValue("10s") Duration pdfWait) {
}
