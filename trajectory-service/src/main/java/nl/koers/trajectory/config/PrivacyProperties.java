package nl.koers.trajectory.config;

import java.time.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long personal data is kept: {@code koers.privacy.retention-months}, the months after a cohort ended that
 * its participants' data stays when its trajectory sets no period of its own (24), and
 * {@code koers.privacy.retention-check}, how often trajectory-service looks for cohorts that are due (1h).
 */
@Validated
@ConfigurationProperties("koers.privacy")
public record PrivacyProperties(@DefaultValue("24") @Min(1) @Max(120) int retentionMonths,
                                @DefaultValue("1h") @NotNull Duration retentionCheck) {
}
