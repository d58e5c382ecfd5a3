package dev.weather.watch;

import dev.weather.forecast.Coordinates;
import java.time.Duration;

/**
 * A person's alert watch: its workflow's input, and with {@code log} all its state across
 * continue-as-new.
 *
 * @param token the watch's address, its only key
 * @param point the place watched
 * @param label the place's name, as the person saw it
 * @param delivery where each message goes besides the watch's feed
 * @param lifetime how long the watch lasts unless ended sooner
 * @param deliveryRetry how long each message is retried to reach its target
 * @param log what it was told so far (null: a new watch)
 */
public record AlertWatch(
    String token,
    Coordinates point,
    String label,
    Delivery delivery,
    Duration lifetime,
    Duration deliveryRetry,
    WatchLog log) {

  AlertWatch with(WatchLog next) {
    return new AlertWatch(token, point, label, delivery, lifetime, deliveryRetry, next);
  }
}
