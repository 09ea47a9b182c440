package nl.koers.web;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web app.
 *
 * @param apiUri     the gateway, through which every API call goes (as any other client's would)
 * @param apiTimeout how long one API call may take before its part of a page says the service is away
 */
@ConfigurationProperties("koers.web")
public record WebProperties(URI apiUri, @DefaultValue("5s") Duration apiTimeout) {
}
