package dev.weather.nws;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How to reach NWS. NWS asks every client for a User-Agent naming the application and a contact;
 * the default names this application, and operators should put their own contact in it.
 *
 * <p>The connect and read timeouts bound one step of a call each (a read timeout restarts with
 * every byte); {@code callTimeout} bounds a whole call: waiting for a pooled connection,
 * connecting, redirects and the answer. It stays below an attempt's time ({@code
 * weather.retry.attempt-timeout}), so an attempt never outlives itself.
 *
 * <p>{@code maxAnswerSize} bounds what one answer may take, read as it streams in, after
 * decompression: NWS's largest (a week of hours) is under 200 KB, and nothing NWS, or anyone
 * between, sends can fill the memory.
 */
@Validated
@ConfigurationProperties("weather.nws")
public record NwsProperties(
    @NotNull @DefaultValue("https://api.weather.gov") URI baseUrl,
    @NotBlank
        @DefaultValue(
            "durable-weather/0.1 (https://github.com/durable-weather; weather@example.com)")
        String userAgent,
    @NotNull @DefaultValue("3s") Duration connectTimeout,
    @NotNull @DefaultValue("5s") Duration readTimeout,
    @NotNull @DefaultValue("4500ms") Duration callTimeout,
    @DefaultValue("64") int maxConnections,
    @NotNull @DefaultValue("2MB") DataSize maxAnswerSize) {}
