package dev.weather.watch;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.GridPoint;
import dev.weather.watch.Plan.Threshold;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * A person's plan watch: its workflow's input, and with {@code state} all its state across
 * continue-as-new.
 *
 * @param token the watch's address, its only key
 * @param point the place
 * @param label the place's name, as the person saw it
 * @param delivery where each message goes besides the watch's feed
 * @param plan the window and what would spoil it
 * @param deliveryRetry how long each message is retried to reach its target
 * @param checkEvery how often the forecast is looked at; null: as the plan nears ({@link
 *     PlanWatchWorkflowImpl#interval})
 * @param state what it has learnt and told so far (null: a new watch)
 */
public record PlanWatch(
    String token,
    Coordinates point,
    String label,
    Delivery delivery,
    Plan plan,
    Duration deliveryRetry,
    Duration checkEvery,
    State state) {

  /**
   * @param zone the place's time zone, which the plan's times are in
   * @param grid the place's NWS grid cell
   * @param crossed for each threshold, whether the last look crossed it
   * @param changes for each threshold, how many times it was told crossed or uncrossed
   * @param summaryDone whether the morning's summary was told
   * @param log what the watch told
   */
  public record State(
      ZoneId zone,
      GridPoint grid,
      Map<Threshold, Boolean> crossed,
      Map<Threshold, Integer> changes,
      boolean summaryDone,
      WatchLog log) {}

  PlanWatch with(State next) {
    return new PlanWatch(token, point, label, delivery, plan, deliveryRetry, checkEvery, next);
  }
}
