package dev.weather.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The web's settings ({@code weather.web.*}, README's table).
 *
 * @param pageWait {@code wait}: how long a page or API request waits for a run before it answers
 *     with what there is (a record's component cannot be named {@code wait}, Object's method)
 * @param suggestionsPerSecond how often one client may ask for place suggestions ({@link
 *     SuggestionLimit})
 * @param writeDeadline how long an answer may take to go out ({@link NonBlockingWrites})
 * @param writeBuffer how many bytes may wait for slow readers in all ({@link NonBlockingWrites})
 * @param maxConnectionsPerAddress how many connections one address may hold open; 0, no limit
 *     ({@link PerAddressProtocol})
 * @param headerDeadline how long a request's header may take to arrive; 0, no limit ({@link
 *     PerAddressProtocol})
 */
@Validated
@ConfigurationProperties("weather.web")
public record WebProperties(
    @Name("wait") @NotNull @DefaultValue("2s") Duration pageWait,
    @Min(1) @DefaultValue("10") int suggestionsPerSecond,
    @NotNull @DefaultValue("30s") Duration writeDeadline,
    @NotNull @DefaultValue("32MB") DataSize writeBuffer,
    @Min(0) @DefaultValue("200") int maxConnectionsPerAddress,
    @NotNull @DefaultValue("10s") Duration headerDeadline) {}
