package dev.weather.activities;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.PointInfo;
import dev.weather.nws.NwsClient;
import dev.weather.nws.NwsException;
import io.temporal.spring.boot.ActivityImpl;
import java.time.Clock;
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
  public GridForecast getForecast(GridPoint grid) {
    return call(() -> nws.forecast(grid)).withoutPeriodsEndedBy(clock.instant());
  }

  private static <T> T call(Supplier<T> nwsCall) {
    try {
      return nwsCall.get();
    } catch (NwsException e) {
      throw NwsFailures.toFailure(e);
    }
  }
}
