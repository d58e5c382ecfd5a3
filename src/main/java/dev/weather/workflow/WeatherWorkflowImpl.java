package dev.weather.workflow;

import dev.weather.activities.WeatherActivities;
import dev.weather.forecast.Alert;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.CurrentConditions;
import dev.weather.forecast.Discussion;
import dev.weather.forecast.Fresh;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Location;
import dev.weather.forecast.PastHour;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.WeatherReport;
import dev.weather.workflow.RunProgress.Status;
import dev.weather.workflow.RunProgress.Step;
import io.temporal.spring.boot.WorkflowImpl;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Resolves a point to its grid (unless given a grid), then fetches the forecast, the hourly
 * forecast, the alerts, the current conditions (and then the station's last day), the raw grid's
 * detail and the office's discussion in parallel, all within one retry budget. What has arrived so
 * far is workflow state, so the {@link #progress()} query can show it while optional parts are
 * still being retried.
 */
@WorkflowImpl(taskQueues = WeatherActivities.TASK_QUEUE)
public class WeatherWorkflowImpl implements WeatherWorkflow {

  /**
   * Runs recorded before a run also fetched current conditions replay without them: Temporal's
   * version marker tells the two apart, so a new worker can carry on runs an older one began.
   */
  static final String CURRENT_CONDITIONS = "current-conditions";

  /** Likewise for runs recorded before a run also fetched the station's last day. */
  static final String HISTORY = "station-history";

  /** Likewise for runs recorded before a run also fetched the raw grid's detail. */
  static final String GRID_DETAIL = "grid-detail";

  /** Likewise for runs recorded before a run also fetched the office's discussion. */
  static final String DISCUSSION = "discussion";

  /**
   * Likewise for runs recorded before a run also published its steps as its memo, under this key:
   * {@link RunLook} reads them with a describe, which the server answers without a worker.
   */
  static final String PROGRESS_MEMO = "steps";

  /**
   * Whether an activity heartbeats: {@code getCurrentConditions} and {@code getDiscussions} do,
   * between the NWS calls they make in a row.
   */
  private static final boolean HEARTBEATS = true;

  private final Steps steps = new Steps();
  private ForecastRequest request;
  private NwsCalls nws;
  private PointInfo point;
  private Fresh<GridForecast> forecast;
  private Fresh<List<HourlyPeriod>> hourly;
  private Fresh<List<Alert>> alerts;
  private Fresh<CurrentConditions> conditions;
  private Fresh<List<PastHour>> history;
  private Fresh<GridHours> detail;
  private Fresh<List<Discussion>> discussions;

  @Override
  public WeatherReport report(ForecastRequest request) {
    this.request = request;
    this.nws = new NwsCalls(request.retry());
    if (!begunBefore(PROGRESS_MEMO)) {
      Async.procedure(this::publishSteps);
    }
    GridPoint cell = gridOf(request.location());
    Promise<Fresh<GridForecast>> periods =
        steps.started(
            Step.FORECAST, nws.call(a -> Async.function(a::getForecast, cell, request.units())));
    // In this order, as runs have always recorded them.
    Promise<Void> optionalParts =
        Promise.allOf(hourly(cell), alerts(), conditions(cell), detail(cell), discussions(cell));
    forecast = steps.essential(Step.FORECAST, periods);
    optionalParts.get();
    return assemble();
  }

  /**
   * Publishes the steps as the run's memo whenever they change, once for all the changes that come
   * together: a page can show them from a describe while no worker answers queries (during a
   * deploy), and the run's history holds a few small memo events, not one per step.
   */
  private void publishSteps() {
    while (true) {
      Workflow.await(steps::unpublished);
      Workflow.upsertMemo(Map.of(PROGRESS_MEMO, steps.published()));
    }
  }

  /** The location's grid cell: as given, or found from its point. */
  private GridPoint gridOf(Location location) {
    if (location.point() == null) {
      steps.skip(Step.PLACE);
      return location.grid();
    }
    point =
        steps
            .essential(Step.PLACE, nws.call(a -> Async.function(a::resolvePoint, location.point())))
            .value();
    return point.grid();
  }

  private Promise<Void> hourly(GridPoint cell) {
    return steps.optional(
        Step.HOURLY,
        nws.call(a -> Async.function(a::getHourlyForecast, cell, request.units())),
        fetched -> hourly = fetched);
  }

  /** The alerts in force at the point; a grid alone has none. */
  private Promise<Void> alerts() {
    Coordinates at = request.location().point();
    if (at == null) {
      steps.skip(Step.ALERTS);
      return Workflow.newPromise(null);
    }
    return steps.optional(
        Step.ALERTS, nws.call(a -> Async.function(a::getAlerts, at)), fetched -> alerts = fetched);
  }

  /**
   * What it is like now at the nearest station, then the last day there; not in runs an older
   * worker began.
   */
  private Promise<Void> conditions(GridPoint cell) {
    if (begunBefore(CURRENT_CONDITIONS)) {
      steps.skip(Step.NOW);
      return history();
    }
    Coordinates at = request.location().point();
    return steps
        .optional(
            Step.NOW,
            nws.call(
                a -> Async.function(a::getCurrentConditions, cell, at, request.units()),
                HEARTBEATS),
            fetched -> conditions = fetched)
        .thenCompose(done -> history());
  }

  /**
   * The last day at the station that gave the current conditions, once they are in; none without
   * them, and not in runs an older worker began.
   */
  private Promise<Void> history() {
    if (conditions == null || begunBefore(HISTORY)) {
      steps.skip(Step.HISTORY);
      return Workflow.newPromise(null);
    }
    String station = conditions.value().station().id();
    return steps.optional(
        Step.HISTORY,
        nws.call(a -> Async.function(a::getStationHistory, station, request.units())),
        fetched -> history = fetched);
  }

  /** The raw grid's hour-by-hour detail and amounts; not in runs an older worker began. */
  private Promise<Void> detail(GridPoint cell) {
    if (begunBefore(GRID_DETAIL)) {
      steps.skip(Step.DETAIL);
      return Workflow.newPromise(null);
    }
    return steps.optional(
        Step.DETAIL,
        nws.call(a -> Async.function(a::getGridDetail, cell)),
        fetched -> detail = fetched);
  }

  /** The office's latest discussion and outlook; not in runs an older worker began. */
  private Promise<Void> discussions(GridPoint cell) {
    if (begunBefore(DISCUSSION)) {
      steps.skip(Step.DISCUSSION);
      return Workflow.newPromise(null);
    }
    return steps.optional(
        Step.DISCUSSION,
        nws.call(a -> Async.function(a::getDiscussions, cell.office()), HEARTBEATS),
        fetched -> discussions = fetched);
  }

  /**
   * Whether this run was begun by a worker from before {@code change}: its history has no version
   * marker for it. A new run records one, so that it replays with the change.
   */
  private static boolean begunBefore(String change) {
    return Workflow.getVersion(change, Workflow.DEFAULT_VERSION, 1) == Workflow.DEFAULT_VERSION;
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
        Stream.of(forecast, hourly, alerts, conditions, history, detail, discussions)
            .filter(part -> part != null)
            .map(Fresh::until)
            .reduce(forecast.until(), Fresh::earliest);
    return new WeatherReport(
        PlacedForecast.of(forecast.value(), point, request.location()),
        request.units(),
        conditions == null ? null : conditions.value(),
        history == null ? List.of() : history.value(),
        hourly == null ? List.of() : hourly.value(),
        alerts == null ? List.of() : alerts.value(),
        detail == null ? null : detail.value(),
        discussions == null ? List.of() : discussions.value(),
        steps.parts(Status.FAILED),
        steps.parts(Status.RUNNING),
        freshUntil);
  }
}
