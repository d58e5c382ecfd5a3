package dev.weather.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code weather.web.wait}: how long a page or API request waits for a run before it answers with what there is;
 * {@code suggestions-per-second}: how often one client may ask for place suggestions (see {@link SuggestionLimit}).
 * A class, not a record, because a record cannot have a component named {@code wait}.
 */
@Validated
@ConfigurationProperties("weather.web")
public class WebProperties {

  @NotNull private final Duration wait;
  @Min(1) private final int suggestionsPerSecond;

  public WebProperties(@DefaultValue("2s") Duration wait, @DefaultValue("10") int suggestionsPerSecond) {
    this.wait = wait;
    this.suggestionsPerSecond = suggestionsPerSecond;
  }

  public int getSuggestionsPerSecond() {
    return suggestionsPerSecond;
  }

  public Duration getWait() {
    return wait;
  }
}
