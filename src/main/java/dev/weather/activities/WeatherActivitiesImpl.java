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
import dev.weather.forecast.PastHour;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Units;
import dev.weather.nws.NwsClient;
import io.temporal.spring.boot.ActivityImpl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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

  private final NwsClient nws;
  private final Attempts attempts;
  private final Clock clock;
  private final Cache<Coordinates, Fresh<PointInfo>> points;
  private final NearestConditions nearest;

  public WeatherActivitiesImpl(NwsClient nws, Clock clock) {
    this.nws = nws;
    this.attempts = new Attempts(nws);
    this.clock = clock;
    this.points = keptWhileFresh();
    this.nearest = new NearestConditions(nws, attempts, clock, keptWhileFresh());
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
  public Fresh<List<PastHour>> getStationHistory(String stationId, Units units) {
    Instant since = clock.instant().minus(Duration.ofHours(HISTORY_HOURS));
    return attempts.call("history " + stationId, () -> nws.history(stationId, since, units));
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
    return attempts.inAttempt(() -> nearest.conditions(grid, point, units));
  }

  private Duration left(Instant until) {
    Duration left = Duration.between(clock.instant(), until);
    return left.isNegative() ? Duration.ZERO : left;
  }
}
