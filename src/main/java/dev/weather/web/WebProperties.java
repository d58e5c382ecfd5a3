package dev.weather.web;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code weather.web.wait}: how long a page or API request waits for a run before it answers with what there is.
 * A class, not a record, because a record cannot have a component named {@code wait}.
 */
@Validated
@ConfigurationProperties("weather.web")
public class WebProperties {

  @NotNull private final Duration wait;

  public WebProperties(@DefaultValue("2s") Duration wait) {
    this.wait = wait;
  }

  public Duration getWait() {
    return wait;
  }
}
