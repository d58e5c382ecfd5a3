package dev.weather.watch;

import dev.weather.watch.Delivery.Target;
import io.temporal.activity.ActivityInterface;

/** A watch's ways out, as Temporal activities. */
@ActivityInterface
public interface WatchActivities {

  /**
   * Sends {@code notice} to {@code target}: a topic on the configured ntfy server, or a configured
   * webhook by name. Every attempt carries the notice's key (ntfy's {@code X-Sequence-ID}, a
   * webhook's {@code Idempotency-Key}), so a retry after a lost answer replaces the message rather
   * than repeating it. A target no longer configured, or one that refuses the message (a 4xx other
   * than 408 and 429), fails for good.
   */
  void send(Target target, Notice notice);
}
