package dev.weather.watch;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Watches ({@code weather.watch.*}, README's table).
 *
 * @param minCheck a place's alerts are asked for at most this often, whatever NWS's Cache-Control
 *     says: a minute, as NWS asks; shorter only against a stub (the tests, the demo)
 * @param idleEnd how long a place's alerts workflow lives on after its last watch ended
 * @param lifetime how long a watch lasts unless its person ends it sooner
 * @param maxTotal how many watches may run at once in all
 * @param maxPerPlace how many watches one place takes
 * @param deliveryRetry how long a message is retried to reach its ntfy topic or webhook
 * @param planCheck how often a plan's forecast is looked at; unset: twice a day days ahead, then
 *     more often as the plan nears (the demo sets a minute, to see a change soon)
 * @param ntfyUrl the ntfy server a person may pick a topic on (empty: no ntfy), e.g.
 *     https://ntfy.sh
 * @param webhooks the webhooks a person may pick, by name: the only other hosts the app calls
 */
@Validated
@ConfigurationProperties("weather.watch")
public record WatchProperties(
    @NotNull @DurationMin(seconds = 1) @DefaultValue("1m") Duration minCheck,
    @NotNull @DefaultValue("1h") Duration idleEnd,
    @NotNull @DurationMin(minutes = 1) @DefaultValue("30d") Duration lifetime,
    @Min(0) @DefaultValue("1000") int maxTotal,
    @Min(1) @DefaultValue("20") int maxPerPlace,
    @NotNull @DefaultValue("1d") Duration deliveryRetry,
    @DurationMin(minutes = 1) Duration planCheck,
    URI ntfyUrl,
    Map<String, URI> webhooks) {

  public WatchProperties {
    webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
  }

  /** Whether a person may pick an ntfy topic. */
  public boolean ntfy() {
    return ntfyUrl != null && !ntfyUrl.toString().isBlank();
  }
}
