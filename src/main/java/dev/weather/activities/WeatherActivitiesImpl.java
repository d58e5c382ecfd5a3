package dev.weather.activities;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.weather.forecast.Alert;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.CurrentConditions;
import dev.weather.forecast.Discussion;
import dev.weather.forecast.Fresh;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Measure;
import dev.weather.forecast.NwsFault;
import dev.weather.forecast.Observation;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Station;
import dev.weather.forecast.Units;
import dev.weather.nws.NwsClient;
import dev.weather.nws.NwsException;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;
import io.temporal.spring.boot.ActivityImpl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A Spring bean, so activities share the application's one pooled NWS client and its point cache.
 */
@Component
@ActivityImpl(taskQueues = WeatherActivities.TASK_QUEUE)
public class WeatherActivitiesImpl implements WeatherActivities {

  /**
   * Points of this many places are remembered, and the stations of as many grid cells; least used
   * go first.
   */
  static final int MAX_POINTS = 10_000;

  /**
   * Stations report about hourly; an observation older than this no longer says what it is like
   * now.
   */
  public static final Duration OBSERVATION_MAX_AGE = Duration.ofHours(2);

  private static final Logger log = LoggerFactory.getLogger(WeatherActivitiesImpl.class);

  private final NwsClient nws;
  private final Attempts attempts;
  private final Clock clock;
  private final Cache<Coordinates, Fresh<PointInfo>> points;
  private final Cache<GridPoint, Fresh<List<Station>>> stations;

  public WeatherActivitiesImpl(NwsClient nws, Clock clock) {
    this.nws = nws;
    this.attempts = new Attempts(nws);
    this.clock = clock;
    this.points = keptWhileFresh();
    this.stations = keptWhileFresh();
  }

  /**
   * NWS answers kept, on the app's clock, for as long as NWS said they stay fresh; the least used
   * go first.
   */
  private <K, V> Cache<K, Fresh<V>> keptWhileFresh() {
    return Caffeine.newBuilder()
        .maximumSize(MAX_POINTS)
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
        .expireAfter(Expiry.creating((K key, Fresh<V> answer) -> left(answer.until())))
        .build();
  }

  /**
   * Concurrent runs for one point (°F and °C) share one NWS call: the cache loads each key once.
   */
  @Override
  public Fresh<PointInfo> resolvePoint(Coordinates point) {
    return points.get(point, p -> attempts.call("points " + p.text(), () -> nws.point(p)));
  }

  @Override
  public Fresh<GridForecast> getForecast(GridPoint grid, Units units) {
    Fresh<GridForecast> forecast =
        attempts.call("forecast " + grid, () -> nws.forecast(grid, units));
    return new Fresh<>(forecast.value().withoutPeriodsEndedBy(clock.instant()), forecast.until());
  }

  @Override
  public Fresh<List<HourlyPeriod>> getHourlyForecast(GridPoint grid, Units units) {
    Instant now = clock.instant();
    Fresh<List<HourlyPeriod>> hours =
        attempts.call("hourly " + grid, () -> nws.hourly(grid, units));
    List<HourlyPeriod> ahead =
        hours.value().stream()
            .filter(hour -> hour.endTime().toInstant().isAfter(now))
            .limit(HOURS)
            .toList();
    return new Fresh<>(ahead, hours.until());
  }

  @Override
  public Fresh<GridHours> getGridDetail(GridPoint grid) {
    Instant now = clock.instant();
    Fresh<GridHours> raw = attempts.call("grid " + grid, () -> nws.grid(grid));
    return new Fresh<>(raw.value().from(now, DETAIL_HOURS), raw.until());
  }

  /**
   * Up to four NWS calls in a row, each kind's list then its newest product, sharing the attempt.
   */
  @Override
  public Fresh<List<Discussion>> getDiscussions(String office) {
    return attempts.inAttempt(() -> discussions(office));
  }

  private Fresh<List<Discussion>> discussions(String office) {
    List<Discussion> found = new ArrayList<>();
    Instant until = Instant.MAX;
    for (Discussion.Kind kind : Discussion.Kind.values()) {
      Attempts.heartbeat(kind + " " + office);
      Fresh<Optional<String>> newest =
          attempts.call(kind + " list " + office, () -> nws.newestProduct(kind, office));
      until = Fresh.earliest(until, newest.until());
      if (newest.value().isPresent()) {
        String id = newest.value().get();
        Attempts.heartbeat(id);
        Fresh<Discussion> product = attempts.call(kind + " " + id, () -> nws.product(kind, id));
        found.add(product.value());
        until = Fresh.earliest(until, product.until());
      }
    }
    return new Fresh<>(found, until);
  }

  @Override
  public Fresh<List<Alert>> getAlerts(Coordinates point) {
    return attempts.call("alerts " + point.text(), () -> nws.alerts(point));
  }

  /**
   * Several NWS calls in a row, so all of them share the attempt's time, and before each one a
   * heartbeat, through which Temporal's cancellation and the worker's shutdown reach the activity.
   */
  @Override
  public Fresh<CurrentConditions> getCurrentConditions(
      GridPoint grid, Coordinates point, Units units) {
    return attempts.inAttempt(() -> currentConditions(grid, point, units));
  }

  private Fresh<CurrentConditions> currentConditions(
      GridPoint grid, Coordinates point, Units units) {
    Attempts.heartbeat(grid.toString());
    Fresh<List<Station>> near =
        stations.get(grid, g -> attempts.call("stations " + g, () -> nws.stations(g, STATIONS)));
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

  private Duration left(Instant until) {
    Duration left = Duration.between(clock.instant(), until);
    return left.isNegative() ? Duration.ZERO : left;
  }
}
