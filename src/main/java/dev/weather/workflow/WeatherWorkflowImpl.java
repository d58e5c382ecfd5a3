package dev.weather.workflow;

import dev.weather.activities.NwsFailures;
import dev.weather.activities.WeatherActivities;
import dev.weather.forecast.Alert;
import dev.weather.forecast.Forecast;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Location;
import dev.weather.forecast.NwsProblem;
import dev.weather.forecast.Part;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.spring.boot.WorkflowImpl;
import io.temporal.workflow.Async;
import io.temporal.workflow.CompletablePromise;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;

/**
 * Resolves a point to its grid (unless given a grid), then fetches the forecast, the hourly forecast and the alerts in
 * parallel, all within one retry budget.
 */
@WorkflowImpl(taskQueues = WeatherActivities.TASK_QUEUE)
public class WeatherWorkflowImpl implements WeatherWorkflow {

  private static final Logger log = Workflow.getLogger(WeatherWorkflowImpl.class);

  private RetryBudget retry;
  private long deadlineMillis;

  @Override
  public WeatherReport report(ForecastRequest request) {
    retry = request.retry();
    deadlineMillis = Workflow.currentTimeMillis() + retry.total().toMillis();
    Location location = request.location();
    Units units = request.units();

    PointInfo point = null;
    if (location.point() != null) {
      try {
        point = activities().resolvePoint(location.point());
      } catch (ActivityFailure failure) {
        throw verdict(failure);
      }
    }
    GridPoint grid = point == null ? location.grid() : point.grid();

    WeatherActivities nws = activities();
    Promise<GridForecast> forecast = Async.function(nws::getForecast, grid, units);
    Promise<List<HourlyPeriod>> hourly = Async.function(nws::getHourlyForecast, grid, units);
    Promise<List<Alert>> alerts =
        location.point() == null ? none() : Async.function(nws::getAlerts, location.point());

    GridForecast periods;
    try {
      periods = forecast.get();
    } catch (ActivityFailure failure) {
      throw verdict(failure);
    }
    Set<Part> unavailable = EnumSet.noneOf(Part.class);
    String label = point == null ? "NWS grid " + grid : point.label();
    ZoneId zone = point != null && point.timeZone() != null ? point.timeZone() : zoneOf(periods);
    return new WeatherReport(
        new Forecast(label, grid, zone, periods.generatedAt(), periods.updateTime(), periods.periods()),
        units,
        optional(hourly, Part.HOURLY, unavailable),
        optional(alerts, Part.ALERTS, unavailable),
        unavailable);
  }

  /** Activity stubs allowed what is left of the request's budget, retrying transient NWS failures within it. */
  private WeatherActivities activities() {
    Duration left = Duration.ofMillis(deadlineMillis - Workflow.currentTimeMillis());
    if (left.toMillis() <= 0) {
      throw unavailable(null);
    }
    ActivityOptions options =
        ActivityOptions.newBuilder()
            .setStartToCloseTimeout(min(retry.attemptTimeout(), left))
            .setScheduleToCloseTimeout(left)
            .setRetryOptions(
                RetryOptions.newBuilder()
                    .setInitialInterval(retry.initialInterval())
                    .setBackoffCoefficient(retry.backoffCoefficient())
                    .setMaximumInterval(retry.maximumInterval())
                    .build())
            .build();
    return Workflow.newActivityStub(WeatherActivities.class, options);
  }

  /** A part the page can do without: when it fails for good, the page shows a note instead of it. */
  private static <T> List<T> optional(Promise<List<T>> part, Part which, Set<Part> unavailable) {
    try {
      return part.get();
    } catch (ActivityFailure failure) {
      log.warn("{} unavailable: {}", which, failure.getCause() == null ? failure : failure.getCause().getMessage());
      unavailable.add(which);
      return List.of();
    }
  }

  private static <T> Promise<List<T>> none() {
    CompletablePromise<List<T>> none = Workflow.newPromise();
    none.complete(List.of());
    return none;
  }

  /**
   * A final NWS answer (404, another 4xx) passes on as it is; anything else means the budget ran out while NWS kept
   * failing, reported with the last NWS problem seen so the page can quote its correlation id.
   */
  private static ApplicationFailure verdict(ActivityFailure failure) {
    ApplicationFailure last = null;
    for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
      if (t instanceof ApplicationFailure app) {
        last = app;
        break;
      }
    }
    NwsProblem problem = last == null ? null : NwsFailures.problemOf(last);
    if (last != null && last.isNonRetryable()) {
      return ApplicationFailure.newNonRetryableFailure(last.getOriginalMessage(), last.getType(), problem);
    }
    return unavailable(problem);
  }

  private static ApplicationFailure unavailable(NwsProblem problem) {
    return ApplicationFailure.newNonRetryableFailure(
        "NWS did not answer within the retry budget", WeatherActivities.UNAVAILABLE, problem);
  }

  /** A grid alone has no time zone; the forecast's own UTC offset is the next best thing. */
  private static ZoneId zoneOf(GridForecast forecast) {
    return forecast.periods().isEmpty()
        ? ZoneOffset.UTC
        : forecast.periods().get(0).startTime().getOffset();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
