package dev.weather.system;

import dev.weather.watch.Watches;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code watches} component of /actuator/health (the actuator names it from this bean, less its
 * "HealthIndicator"): whether watches can be had here (not on the in-memory fallback), how many run
 * against {@code weather.watch.max-total}, and the ways out the operator offers. Always UP: a watch
 * refused is an answer, and Temporal's own health is the {@code temporal} component's.
 */
@Component("watchesHealthIndicator")
class WatchesHealth implements HealthIndicator {

  private final Watches watches;

  WatchesHealth(Watches watches) {
    this.watches = watches;
  }

  @Override
  public Health health() {
    Watches.Standing standing = watches.standing();
    Health.Builder health =
        Health.up()
            .withDetail("available", standing.available())
            .withDetail("maxTotal", standing.maxTotal())
            .withDetail("ntfy", standing.ntfy())
            .withDetail("webhooks", standing.webhooks());
    if (standing.open() != null) {
      health.withDetail("open", standing.open());
    }
    return health.build();
  }
}
