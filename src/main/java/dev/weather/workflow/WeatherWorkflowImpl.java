package dev.weather.workflow;

import dev.weather.activities.NwsFailures;
import dev.weather.activities.WeatherActivities;
import dev.weather.forecast.Forecast;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.Location;
import dev.weather.forecast.NwsProblem;
import dev.weather.forecast.PointInfo;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.spring.boot.WorkflowImpl;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Function;

/** Resolves a point to its grid (unless given a grid), then fetches the grid's forecast. */
@WorkflowImpl(taskQueues = WeatherActivities.TASK_QUEUE)
public class WeatherWorkflowImpl implements WeatherWorkflow {

  private RetryBudget retry;
  private long deadlineMillis;

  @Override
  public Forecast forecast(ForecastRequest request) {
    retry = request.retry();
    deadlineMillis = Workflow.currentTimeMillis() + retry.total().toMillis();
    Location location = request.location();

    PointInfo point =
        location.point() == null ? null : call(nws -> nws.resolvePoint(location.point()));
    GridPoint grid = point == null ? location.grid() : point.grid();
    GridForecast forecast = call(nws -> nws.getForecast(grid));

    String label = point == null ? "NWS grid " + grid : point.label();
    ZoneId zone = point != null && point.timeZone() != null ? point.timeZone() : zoneOf(forecast);
    return new Forecast(
        label, grid, zone, forecast.generatedAt(), forecast.updateTime(), forecast.periods());
  }

  /** Runs one activity with what is left of the request's budget, retrying transient NWS failures within it. */
  private <T> T call(Function<WeatherActivities, T> activity) {
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
    try {
      return activity.apply(Workflow.newActivityStub(WeatherActivities.class, options));
    } catch (ActivityFailure failure) {
      throw verdict(failure);
    }
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
