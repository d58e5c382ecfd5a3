package dev.weather.watch;

import dev.weather.forecast.Coordinates;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A place's alerts workflow's input, and all its state: a new run carries on from it after
 * continue-as-new.
 *
 * @param point where the alerts are asked for
 * @param settings how often and how long, fixed when the workflow started
 * @param book the alerts known so far; null before the first look at NWS
 * @param watches the watches told of each change (their workflow ids)
 * @param nextCheck when to ask NWS next (null: at once)
 * @param lastChecked when NWS last answered (null: not yet)
 * @param idleSince since when the place has had no watch (null: it has some)
 */
public record PlaceAlerts(
    Coordinates point,
    Settings settings,
    AlertBook book,
    List<String> watches,
    Instant nextCheck,
    Instant lastChecked,
    Instant idleSince) {

  /** About eight hours of looks at NWS once a minute, a few thousand events. */
  public static final int CHECKS_PER_RUN = 500;

  public PlaceAlerts {
    watches = watches == null ? List.of() : List.copyOf(watches);
  }

  /**
   * @param minCheck never ask NWS more often, whatever its Cache-Control says
   * @param idleEnd how long the workflow lives on without a watch
   * @param maxWatches how many watches one place takes
   * @param checksPerRun how many looks at NWS before the workflow continues as new, so its history
   *     stays small
   */
  public record Settings(Duration minCheck, Duration idleEnd, int maxWatches, int checksPerRun) {}

  /** A place no one has watched yet. */
  public static PlaceAlerts first(Coordinates point, Settings settings) {
    return new PlaceAlerts(point.rounded(), settings, null, List.of(), null, null, null);
  }

  /**
   * What the place's workflow shows: how many watches it tells, when NWS last answered and when it
   * is asked next, and how many alerts are in force.
   */
  public record Status(int watches, Instant lastChecked, Instant nextCheck, int inForce) {}
}
