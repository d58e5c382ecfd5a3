package dev.weather.activities;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.weather.forecast.Alert;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Fresh;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.NwsProblem;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Units;
import dev.weather.nws.NwsClient;
import dev.weather.nws.NwsException;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import io.temporal.spring.boot.ActivityImpl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** A Spring bean, so activities share the application's one pooled NWS client and its point cache. */
@Component
@ActivityImpl(taskQueues = WeatherActivities.TASK_QUEUE)
public class WeatherActivitiesImpl implements WeatherActivities {

  /** Points of this many places are remembered; the least used are forgotten first. */
  static final int MAX_POINTS = 10_000;

  private static final Logger log = LoggerFactory.getLogger(WeatherActivitiesImpl.class);

  private final NwsClient nws;
  private final Clock clock;
  private final Cache<Coordinates, Fresh<PointInfo>> points;

  public WeatherActivitiesImpl(NwsClient nws, Clock clock) {
    this.nws = nws;
    this.clock = clock;
    this.points =
        Caffeine.newBuilder()
            .maximumSize(MAX_POINTS)
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            .expireAfter(Expiry.creating((Coordinates point, Fresh<PointInfo> info) -> left(info.until())))
            .build();
  }

  /** Concurrent runs for one point (°F and °C) share one NWS call: the cache loads each key once. */
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
        hours.value().stream().filter(hour -> hour.endTime().toInstant().isAfter(now)).limit(HOURS).toList();
    return new Fresh<>(ahead, hours.until());
  }

  @Override
  public Fresh<List<Alert>> getAlerts(Coordinates point) {
    return call("alerts " + point.text(), () -> nws.alerts(point));
  }

  private Duration left(Instant until) {
    Duration left = Duration.between(clock.instant(), until);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** One NWS call; a failure is logged on one line and leaves as a typed Temporal failure. */
  private static <T> T call(String what, Supplier<T> nwsCall) {
    try {
      return nwsCall.get();
    } catch (NwsException e) {
      ActivityInfo info = Activity.getExecutionContext().getInfo();
      NwsProblem p = e.problem();
      log.warn("NWS {} failed, attempt {} of {}: {}{}, correlation id {}", what, info.getAttempt(),
          info.getWorkflowId(), p.status() == 0 ? "" : "HTTP " + p.status() + " ", p.title(),
          p.correlationId() == null ? "none" : p.correlationId());
      throw NwsFailures.toFailure(e, info.getAttempt());
    }
  }
}
