package dev.weather.activities;

import dev.weather.forecast.Alert;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Units;
import dev.weather.nws.NwsClient;
import dev.weather.nws.NwsException;
import io.temporal.spring.boot.ActivityImpl;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** A Spring bean, so activities share the application's one pooled NWS client. */
@Component
@ActivityImpl(taskQueues = WeatherActivities.TASK_QUEUE)
public class WeatherActivitiesImpl implements WeatherActivities {

  private final NwsClient nws;
  private final Clock clock;

  public WeatherActivitiesImpl(NwsClient nws, Clock clock) {
    this.nws = nws;
    this.clock = clock;
  }

  @Override
  public PointInfo resolvePoint(Coordinates point) {
    return call(() -> nws.point(point));
  }

  @Override
  public GridForecast getForecast(GridPoint grid, Units units) {
    return call(() -> nws.forecast(grid, units)).withoutPeriodsEndedBy(clock.instant());
  }

  @Override
  public List<HourlyPeriod> getHourlyForecast(GridPoint grid, Units units) {
    Instant now = clock.instant();
    return call(() -> nws.hourly(grid, units)).stream()
        .filter(hour -> hour.endTime().toInstant().isAfter(now))
        .limit(HOURS)
        .toList();
  }

  @Override
  public List<Alert> getAlerts(Coordinates point) {
    return call(() -> nws.alerts(point));
  }

  private static <T> T call(Supplier<T> nwsCall) {
    try {
      return nwsCall.get();
    } catch (NwsException e) {
      throw NwsFailures.toFailure(e);
    }
  }
}
