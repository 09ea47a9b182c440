package nl.koers.defaults.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of a service's HTTP edge.
 *
 * @param maxBodySize the largest request body a service reads; a larger one is refused with 413 before it is
 *                    read (by its {@code Content-Length}) or the moment it passes the limit (a chunked body). No
 *                    Koers request needs more than a few kilobytes; 1 MB leaves room and bounds the memory a
 *                    request can take.
 */
@ConfigurationProperties("koers.web")
public record EdgeProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
