package dev.weather.system;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The in-memory server's settings, used only where no real Temporal can be had (see {@link
 * EmbeddedServer}).
 *
 * @param recycleAfter replace the in-memory server with a fresh one after this many runs
 */
@Validated
@ConfigurationProperties("weather.embedded")
public record EmbeddedProperties(@Min(1) @DefaultValue("300") int recycleAfter) {}
