package dev.weather.activities;

import com.github.benmanes.caffeine.cache.Cache;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.CurrentConditions;
import dev.weather.forecast.Fresh;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.Measure;
import dev.weather.forecast.NwsFault;
import dev.weather.forecast.Observation;
import dev.weather.forecast.Station;
import dev.weather.forecast.Units;
import dev.weather.nws.NwsClient;
import dev.weather.nws.NwsException;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What it is like now near a grid cell: the latest observation of the nearest of its stations that
 * has a current temperature. A station's latest reading can be hours old or lack a temperature
 * (down for the night, a sensor out), so the next nearest is asked, up to {@link
 * WeatherActivities#STATIONS}.
 */
final class NearestConditions {

  /**
   * Stations report about hourly; an observation older than this no longer says what it is like
   * now.
   */
  static final Duration OBSERVATION_MAX_AGE = Duration.ofHours(2);

  private static final Logger log = LoggerFactory.getLogger(NearestConditions.class);

  private final NwsClient nws;
  private final Attempts attempts;
  private final Clock clock;
  private final Cache<GridPoint, Fresh<List<Station>>> stations;

  /** {@code stations}: each grid cell's stations, kept while NWS says they are fresh. */
  NearestConditions(
      NwsClient nws,
      Attempts attempts,
      Clock clock,
      Cache<GridPoint, Fresh<List<Station>>> stations) {
    this.nws = nws;
    this.attempts = attempts;
    this.clock = clock;
    this.stations = stations;
  }

  /**
   * The conditions at the first current station, with its distance from {@code point} (none for a
   * bare grid); a failure NWS's answers decide when none is current. Heartbeats before each call.
   */
  Fresh<CurrentConditions> conditions(GridPoint grid, Coordinates point, Units units) {
    Attempts.heartbeat(grid.toString());
    Fresh<List<Station>> near =
        stations.get(
            grid,
            g -> attempts.call("stations " + g, () -> nws.stations(g, WeatherActivities.STATIONS)));
    NwsException failed = null;
    for (Station station : near.value()) {
      Attempts.heartbeat(station.id());
      try {
        Fresh<Observation> latest = nws.latestObservation(station.id(), units);
        if (isCurrent(latest.value())) {
          return at(station, latest, point, units).notPast(near.until());
        }
        log.info(
            "Station {} has no current temperature (observed {})",
            station.id(),
            latest.value().observedAt());
      } catch (NwsException e) {
        Attempts.logFailure("observation " + station.id(), e);
        // The one most worth retrying decides, if no station has a current observation.
        failed = failed == null || e.kind() == NwsFault.UNAVAILABLE ? e : failed;
      }
    }
    if (failed != null) {
      throw NwsFailures.toFailure(failed, Activity.getExecutionContext().getInfo().getAttempt());
    }
    // Expected now and then (a station down for the night), so benign: one line in the log, no
    // stack trace.
    throw ApplicationFailure.newBuilder()
        .setType(NwsFault.NOT_FOUND.type())
        .setMessage(
            "none of the "
                + near.value().size()
                + " stations nearest "
                + grid
                + " has a current observation")
        .setCategory(ApplicationErrorCategory.BENIGN)
        .build();
  }

  /** Whether an observation says what it is like now: a temperature, not too long ago. */
  private boolean isCurrent(Observation o) {
    return o.temperature() != null
        && o.observedAt() != null
        && o.observedAt().toInstant().isAfter(clock.instant().minus(OBSERVATION_MAX_AGE));
  }

  /** The conditions at a station, fresh until NWS says or the observation grows too old. */
  private static Fresh<CurrentConditions> at(
      Station station, Fresh<Observation> latest, Coordinates point, Units units) {
    Observation o = latest.value();
    Measure distance =
        point == null ? null : units.length(point.kilometresTo(station.location()) * 1000);
    return new Fresh<>(new CurrentConditions(station, distance, o), latest.until())
        .notPast(o.observedAt().toInstant().plus(OBSERVATION_MAX_AGE));
  }
}
