package dev.weather.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code weather.web.wait}: how long a page or API request waits for a run before it answers with what there is;
 * {@code suggestions-per-second}: how often one client may ask for place suggestions (see {@link SuggestionLimit});
 * {@code write-deadline} and {@code write-buffer}: how long an answer may take to go out, and how many bytes may
 * wait for slow readers in all (see {@link NonBlockingWrites}); {@code max-connections-per-address}: how many
 * connections one address may hold open, and {@code header-deadline}: how long a request's header may take to
 * arrive (see {@link PerAddressProtocol}).
 * A class, not a record, because a record cannot have a component named {@code wait}.
 */
@Validated
@ConfigurationProperties("weather.web")
public class WebProperties {

  @NotNull private final Duration wait;
  @Min(1) private final int suggestionsPerSecond;
  @NotNull private final Duration writeDeadline;
  @NotNull private final DataSize writeBuffer;
  @Min(0) private final int maxConnectionsPerAddress;
  @NotNull private final Duration headerDeadline;

  public WebProperties(@DefaultValue("2s") Duration wait, @DefaultValue("10") int suggestionsPerSecond,
      @DefaultValue("30s") Duration writeDeadline, @DefaultValue("32MB") DataSize writeBuffer,
      @DefaultValue("200") int maxConnectionsPerAddress, @DefaultValue("10s") Duration headerDeadline) {
    this.wait = wait;
    this.suggestionsPerSecond = suggestionsPerSecond;
    this.writeDeadline = writeDeadline;
    this.writeBuffer = writeBuffer;
    this.maxConnectionsPerAddress = maxConnectionsPerAddress;
    this.headerDeadline = headerDeadline;
  }

  public Duration getHeaderDeadline() {
    return headerDeadline;
  }

  public int getMaxConnectionsPerAddress() {
    return maxConnectionsPerAddress;
  }

  public Duration getWriteDeadline() {
    return writeDeadline;
  }

  public DataSize getWriteBuffer() {
    return writeBuffer;
  }

  public int getSuggestionsPerSecond() {
    return suggestionsPerSecond;
  }

  public Duration getWait() {
    return wait;
  }
}
