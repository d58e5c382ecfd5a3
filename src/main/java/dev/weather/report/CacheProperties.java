package dev.weather.report;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How reports are kept: a report is shown as it is while NWS says its parts are fresh, and as an
 * older report, marked with its time, up to {@code staleLimit} after it was fetched. After a failed
 * run, a place is not asked of NWS again for {@code failureBackoff}. Reports are kept up to about
 * {@code maxSize} of memory (a typical report takes about 30 KB); the least used go first.
 */
@Validated
@ConfigurationProperties("weather.cache")
public record CacheProperties(
    @NotNull @DefaultValue("6h") Duration staleLimit,
    @NotNull @DefaultValue("1m") Duration failureBackoff,
    @NotNull @DefaultValue("64MB") DataSize maxSize) {}
