package dev.weather.workflow;

import dev.weather.activities.WeatherActivities;
import dev.weather.forecast.Alert;
import dev.weather.forecast.CurrentConditions;
import dev.weather.forecast.Forecast;
import dev.weather.forecast.Fresh;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Location;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.workflow.RunProgress.Status;
import dev.weather.workflow.RunProgress.Step;
import io.temporal.spring.boot.WorkflowImpl;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/**
 * Resolves a point to its grid (unless given a grid), then fetches the forecast, the hourly
 * forecast, the alerts and the current conditions in parallel, all within one retry budget. What
 * has arrived so far is workflow state, so the {@link #progress()} query can show it while optional
 * parts are still being retried.
 */
@WorkflowImpl(taskQueues = WeatherActivities.TASK_QUEUE)
public class WeatherWorkflowImpl implements WeatherWorkflow {

  /**
   * Runs recorded before a run also fetched current conditions replay without them: Temporal's
   * version marker tells the two apart, so a new worker can carry on runs an older one began.
   */
  static final String CURRENT_CONDITIONS = "current-conditions";

  /**
   * Whether an activity heartbeats: {@code getCurrentConditions} does, between the NWS calls it
   * makes in a row.
   */
  private static final boolean HEARTBEATS = true;

  private final Steps steps = new Steps();
  private ForecastRequest request;
  private PointInfo point;
  private Fresh<GridForecast> forecast;
  private Fresh<List<HourlyPeriod>> hourly;
  private Fresh<List<Alert>> alerts;
  private Fresh<CurrentConditions> conditions;

  @Override
  public WeatherReport report(ForecastRequest request) {
    this.request = request;
    NwsCalls nws = new NwsCalls(request.retry());
    Location location = request.location();
    Units units = request.units();

    GridPoint grid = location.grid();
    if (location.point() == null) {
      steps.skip(Step.PLACE);
    } else {
      point =
          steps
              .essential(
                  Step.PLACE, nws.call(a -> Async.function(a::resolvePoint, location.point())))
              .value();
      grid = point.grid();
    }
    GridPoint cell = grid;

    Promise<Fresh<GridForecast>> periods =
        steps.started(Step.FORECAST, nws.call(a -> Async.function(a::getForecast, cell, units)));
    Promise<Void> hours =
        steps.optional(
            Step.HOURLY,
            nws.call(a -> Async.function(a::getHourlyForecast, cell, units)),
            fetched -> hourly = fetched);
    Promise<Void> warnings = Workflow.newPromise(null);
    if (location.point() == null) {
      steps.skip(Step.ALERTS);
    } else {
      warnings =
          steps.optional(
              Step.ALERTS,
              nws.call(a -> Async.function(a::getAlerts, location.point())),
              fetched -> alerts = fetched);
    }
    Promise<Void> observed = Workflow.newPromise(null);
    if (Workflow.getVersion(CURRENT_CONDITIONS, Workflow.DEFAULT_VERSION, 1)
        == Workflow.DEFAULT_VERSION) {
      steps.skip(Step.NOW);
    } else {
      observed =
          steps.optional(
              Step.NOW,
              nws.call(
                  a -> Async.function(a::getCurrentConditions, cell, location.point(), units),
                  HEARTBEATS),
              fetched -> conditions = fetched);
    }

    forecast = steps.essential(Step.FORECAST, periods);
    Promise.allOf(hours, warnings, observed).get();
    return assemble();
  }

  @Override
  public RunProgress progress() {
    return new RunProgress(steps.states(), forecast == null ? null : assemble());
  }

  /**
   * The report from what has arrived: parts still running are "loading", parts that failed
   * "unavailable". It is fresh as long as the least fresh part it holds.
   */
  private WeatherReport assemble() {
    Instant freshUntil =
        Stream.of(forecast, hourly, alerts, conditions)
            .filter(part -> part != null)
            .map(Fresh::until)
            .reduce(forecast.until(), Fresh::earliest);
    return new WeatherReport(
        forecastHere(),
        request.units(),
        conditions == null ? null : conditions.value(),
        hourly == null ? List.of() : hourly.value(),
        alerts == null ? List.of() : alerts.value(),
        steps.parts(Status.FAILED),
        steps.parts(Status.RUNNING),
        freshUntil);
  }

  /** The 12-hour forecast, named and timed for the place when the run started from a point. */
  private Forecast forecastHere() {
    GridForecast periods = forecast.value();
    GridPoint grid = point == null ? request.location().grid() : point.grid();
    String label = point == null ? "NWS grid " + grid : point.label();
    ZoneId zone = point != null && point.timeZone() != null ? point.timeZone() : zoneOf(periods);
    return new Forecast(
        label,
        grid,
        zone,
        periods.generatedAt(),
        periods.updateTime(),
        periods.periods(),
        point == null ? null : point.daylight());
  }

  /** A grid alone has no time zone; the forecast's own UTC offset is the next best thing. */
  private static ZoneId zoneOf(GridForecast forecast) {
    return forecast.periods().isEmpty()
        ? ZoneOffset.UTC
        : forecast.periods().get(0).startTime().getOffset();
  }
}
