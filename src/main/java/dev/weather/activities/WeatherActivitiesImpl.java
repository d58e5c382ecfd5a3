package dev.weather.activities;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.weather.forecast.Alert;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.CurrentConditions;
import dev.weather.forecast.Fresh;
import dev.weather.forecast.GridForecast;
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
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;
import io.temporal.spring.boot.ActivityImpl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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

  /** At most this much of an attempt is kept to report its result in. */
  private static final Duration REPORT_MARGIN = Duration.ofMillis(250);

  private static final Logger log = LoggerFactory.getLogger(WeatherActivitiesImpl.class);

  private final NwsClient nws;
  private final Clock clock;
  private final Cache<Coordinates, Fresh<PointInfo>> points;
  private final Cache<GridPoint, Fresh<List<Station>>> stations;

  public WeatherActivitiesImpl(NwsClient nws, Clock clock) {
    this.nws = nws;
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
    return points.get(point, p -> call("points " + p.text(), () -> nws.point(p)));
  }

  @Override
  public Fresh<GridForecast> getForecast(GridPoint grid, Units units) {
    Fresh<GridForecast> forecast = call("forecast " + grid, () -> nws.forecast(grid, units));
    return new Fresh<>(forecast.value().withoutPeriodsEndedBy(clock.instant()), forecast.until());
  }

  @Override
  public Fresh<List<HourlyPeriod>> getHourlyForecast(GridPoint grid, Units units) {
    Instant now = clock.instant();
    Fresh<List<HourlyPeriod>> hours = call("hourly " + grid, () -> nws.hourly(grid, units));
    List<HourlyPeriod> ahead =
        hours.value().stream()
            .filter(hour -> hour.endTime().toInstant().isAfter(now))
            .limit(HOURS)
            .toList();
    return new Fresh<>(ahead, hours.until());
  }

  @Override
  public Fresh<List<Alert>> getAlerts(Coordinates point) {
    return call("alerts " + point.text(), () -> nws.alerts(point));
  }

  /**
   * Several NWS calls in a row, so all of them share the attempt's time, and before each one a
   * heartbeat, through which Temporal's cancellation and the worker's shutdown reach the activity.
   */
  @Override
  public Fresh<CurrentConditions> getCurrentConditions(
      GridPoint grid, Coordinates point, Units units) {
    return inAttempt(() -> currentConditions(grid, point, units));
  }

  private Fresh<CurrentConditions> currentConditions(
      GridPoint grid, Coordinates point, Units units) {
    heartbeat(grid.toString());
    Fresh<List<Station>> near =
        stations.get(grid, g -> call("stations " + g, () -> nws.stations(g, STATIONS)));
    Instant now = clock.instant();
    NwsException failed = null;
    for (Station station : near.value()) {
      heartbeat(station.id());
      Fresh<Observation> latest;
      try {
        latest = nws.latestObservation(station.id(), units);
      } catch (NwsException e) {
        logFailure("observation " + station.id(), e);
        // The one most worth retrying decides, if no station has a current observation.
        failed = failed == null || e.kind() == NwsFault.UNAVAILABLE ? e : failed;
        continue;
      }
      Observation o = latest.value();
      if (o.temperature() != null
          && o.observedAt() != null
          && o.observedAt().toInstant().isAfter(now.minus(OBSERVATION_MAX_AGE))) {
        Measure distance =
            point == null ? null : units.length(point.kilometresTo(station.location()) * 1000);
        Instant until =
            Fresh.earliest(latest.until(), o.observedAt().toInstant().plus(OBSERVATION_MAX_AGE));
        return new Fresh<>(
            new CurrentConditions(station, distance, o), Fresh.earliest(until, near.until()));
      }
      log.info("Station {} has no current temperature (observed {})", station.id(), o.observedAt());
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

  private Duration left(Instant until) {
    Duration left = Duration.between(clock.instant(), until);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /**
   * One NWS call, ended before its attempt is; a failure is logged on one line and leaves as a
   * typed Temporal failure.
   */
  private <T> T call(String what, Supplier<T> nwsCall) {
    try {
      return inAttempt(nwsCall);
    } catch (NwsException e) {
      logFailure(what, e);
      throw NwsFailures.toFailure(e, Activity.getExecutionContext().getInfo().getAttempt());
    }
  }

  /**
   * Runs {@code calls} in the time this attempt has for NWS: its start-to-close, less a moment to
   * report the result in before Temporal times the attempt out. Temporal does not stop an attempt
   * it timed out; the deadline does, so an attempt never calls NWS beside its own retry.
   */
  private <T> T inAttempt(Supplier<T> calls) {
    Duration attempt =
        context().map(c -> c.getInfo().getStartToCloseTimeout()).orElse(Duration.ZERO);
    if (attempt.isZero()) {
      // Only a test's activity environment leaves it unset (a Temporal server always sets one), or
      // a direct call.
      return calls.get();
    }
    Duration margin = attempt.dividedBy(10);
    return nws.within(
        attempt.minus(margin.compareTo(REPORT_MARGIN) < 0 ? margin : REPORT_MARGIN), calls);
  }

  /**
   * Before each of several NWS calls: a cancellation, or the worker's shutdown, stops the activity
   * here.
   */
  private static void heartbeat(String next) {
    context().ifPresent(c -> c.heartbeat(next));
  }

  /**
   * The activity this call runs as; none when the bean is called directly, as the benchmark's floor
   * does (it gathers reports without Temporal).
   */
  private static Optional<ActivityExecutionContext> context() {
    try {
      return Optional.of(Activity.getExecutionContext());
    } catch (IllegalStateException notAnActivity) {
      return Optional.empty();
    }
  }

  private static void logFailure(String what, NwsException e) {
    ActivityInfo info = Activity.getExecutionContext().getInfo();
    log.warn(
        "NWS {} failed, attempt {} of {}: {}",
        what,
        info.getAttempt(),
        info.getWorkflowId(),
        e.problem().logText());
  }
}
