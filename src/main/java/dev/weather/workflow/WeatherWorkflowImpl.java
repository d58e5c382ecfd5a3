package dev.weather.workflow;

import dev.weather.activities.NwsFailures;
import dev.weather.activities.WeatherActivities;
import dev.weather.forecast.Alert;
import dev.weather.forecast.CurrentConditions;
import dev.weather.forecast.Forecast;
import dev.weather.forecast.Fresh;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Location;
import dev.weather.forecast.NwsProblem;
import dev.weather.forecast.Part;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.workflow.RunProgress.Status;
import dev.weather.workflow.RunProgress.Step;
import dev.weather.workflow.RunProgress.StepState;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.spring.boot.WorkflowImpl;
import io.temporal.workflow.Async;
import io.temporal.workflow.CompletablePromise;
import io.temporal.workflow.Functions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;

/**
 * Resolves a point to its grid (unless given a grid), then fetches the forecast, the hourly
 * forecast, the alerts and the current conditions in parallel, all within one retry budget. What
 * has arrived so far is workflow state, so the {@link #progress()} query can show it while optional
 * parts are still being retried.
 */
@WorkflowImpl(taskQueues = WeatherActivities.TASK_QUEUE)
public class WeatherWorkflowImpl implements WeatherWorkflow {

  private static final Logger log = Workflow.getLogger(WeatherWorkflowImpl.class);

  /** The step that fetches each optional part of a report. */
  private static final Map<Part, Step> STEP_OF =
      Map.of(Part.NOW, Step.NOW, Part.HOURLY, Step.HOURLY, Part.ALERTS, Step.ALERTS);

  /**
   * Runs recorded before a run also fetched current conditions replay without them: Temporal's
   * version marker tells the two apart, so a new worker can carry on runs an older one began.
   */
  static final String CURRENT_CONDITIONS = "current-conditions";

  /**
   * NWS answers no retry can change: Temporal does not retry them, and a run passes them on as they
   * are. A malformed answer becomes final too, after a few attempts, when the activity marks it
   * non-retryable.
   */
  private static final List<String> FINAL =
      List.of(
          WeatherActivities.NOT_FOUND, WeatherActivities.REJECTED, WeatherActivities.MISDIRECTED);

  /**
   * Whether an activity heartbeats: {@code getCurrentConditions} does, between the NWS calls it
   * makes in a row.
   */
  private static final boolean HEARTBEATS = true;

  private final Map<Step, Status> steps = new EnumMap<>(Step.class);
  private ForecastRequest request;
  private long deadlineMillis;
  private PointInfo point;
  private Fresh<GridForecast> forecast;
  private Fresh<List<HourlyPeriod>> hourly;
  private Fresh<List<Alert>> alerts;
  private Fresh<CurrentConditions> now;

  public WeatherWorkflowImpl() {
    for (Step step : Step.values()) {
      steps.put(step, Status.WAITING);
    }
  }

  @Override
  public WeatherReport report(ForecastRequest request) {
    this.request = request;
    deadlineMillis = Workflow.currentTimeMillis() + request.retry().total().toMillis();
    Location location = request.location();

    GridPoint grid = location.grid();
    if (location.point() == null) {
      steps.put(Step.PLACE, Status.SKIPPED);
    } else {
      steps.put(Step.PLACE, Status.RUNNING);
      try {
        point = call(nws -> Async.function(nws::resolvePoint, location.point())).get().value();
      } catch (ActivityFailure failure) {
        steps.put(Step.PLACE, Status.FAILED);
        throw verdict(failure);
      }
      steps.put(Step.PLACE, Status.DONE);
      grid = point.grid();
    }

    GridPoint cell = grid;
    Units units = request.units();
    steps.put(Step.FORECAST, Status.RUNNING);
    Promise<Fresh<GridForecast>> periods =
        call(nws -> Async.function(nws::getForecast, cell, units));
    steps.put(Step.HOURLY, Status.RUNNING);
    Promise<Void> hours =
        optional(
            call(nws -> Async.function(nws::getHourlyForecast, cell, units)),
            Step.HOURLY,
            h -> hourly = h);
    Promise<Void> warnings;
    if (location.point() == null) {
      steps.put(Step.ALERTS, Status.SKIPPED);
      warnings = Workflow.newPromise(null);
    } else {
      steps.put(Step.ALERTS, Status.RUNNING);
      warnings =
          optional(
              call(nws -> Async.function(nws::getAlerts, location.point())),
              Step.ALERTS,
              a -> alerts = a);
    }
    Promise<Void> conditions;
    if (Workflow.getVersion(CURRENT_CONDITIONS, Workflow.DEFAULT_VERSION, 1)
        == Workflow.DEFAULT_VERSION) {
      steps.put(Step.NOW, Status.SKIPPED);
      conditions = Workflow.newPromise(null);
    } else {
      steps.put(Step.NOW, Status.RUNNING);
      conditions =
          optional(
              call(
                  nws -> Async.function(nws::getCurrentConditions, cell, location.point(), units),
                  HEARTBEATS),
              Step.NOW,
              c -> now = c);
    }

    try {
      forecast = periods.get();
    } catch (ActivityFailure failure) {
      steps.put(Step.FORECAST, Status.FAILED);
      throw verdict(failure);
    }
    steps.put(Step.FORECAST, Status.DONE);
    Promise.allOf(hours, warnings, conditions).get();
    return assemble();
  }

  @Override
  public RunProgress progress() {
    List<StepState> states =
        steps.entrySet().stream().map(e -> new StepState(e.getKey(), e.getValue())).toList();
    return new RunProgress(states, forecast == null ? null : assemble());
  }

  /**
   * The report from what has arrived: parts still running are "loading", parts that failed
   * "unavailable".
   */
  private WeatherReport assemble() {
    Set<Part> unavailable = EnumSet.noneOf(Part.class);
    Set<Part> loading = EnumSet.noneOf(Part.class);
    Instant freshUntil = forecast.until();
    for (Part part : Part.values()) {
      Status status = steps.get(STEP_OF.get(part));
      if (status == Status.FAILED) {
        unavailable.add(part);
      } else if (status == Status.RUNNING) {
        loading.add(part);
      }
    }
    if (hourly != null) {
      freshUntil = Fresh.earliest(freshUntil, hourly.until());
    }
    if (alerts != null) {
      freshUntil = Fresh.earliest(freshUntil, alerts.until());
    }
    if (now != null) {
      freshUntil = Fresh.earliest(freshUntil, now.until());
    }
    GridForecast periods = forecast.value();
    Location location = request.location();
    GridPoint grid = point == null ? location.grid() : point.grid();
    String label = point == null ? "NWS grid " + grid : point.label();
    ZoneId zone = point != null && point.timeZone() != null ? point.timeZone() : zoneOf(periods);
    return new WeatherReport(
        new Forecast(
            label,
            grid,
            zone,
            periods.generatedAt(),
            periods.updateTime(),
            periods.periods(),
            point == null ? null : point.daylight()),
        request.units(),
        now == null ? null : now.value(),
        hourly == null ? List.of() : hourly.value(),
        alerts == null ? List.of() : alerts.value(),
        unavailable,
        loading,
        freshUntil);
  }

  /**
   * Starts one NWS call with {@code start} as the budget says: through regular activities only, or
   * first as a local activity (in the workflow task, no trip through the server) and, when that
   * attempt fails in a way worth retrying, through regular activities, which the progress page can
   * follow. A Retry-After from the local attempt is waited out first. Either way the call is
   * scheduled at once, so runs replay as they were recorded.
   */
  private <T> Promise<T> call(Functions.Func1<WeatherActivities, Promise<T>> start) {
    return call(start, false);
  }

  /**
   * As {@link #call(Functions.Func1)}, for an activity that {@code heartbeats} between its NWS
   * calls: it gets a heartbeat timeout, without which the SDK would send its heartbeats, and learn
   * of a cancellation, only every 30 s.
   */
  private <T> Promise<T> call(
      Functions.Func1<WeatherActivities, Promise<T>> start, boolean heartbeats) {
    if (!request.retry().localFirstAttempt()) {
      return start.apply(activities(heartbeats));
    }
    CompletablePromise<T> result = Workflow.newPromise();
    start
        .apply(localActivities())
        .handle(
            (value, failure) -> {
              ApplicationFailure cause =
                  failure != null && failure.getCause() instanceof ApplicationFailure app
                      ? app
                      : null;
              if (failure == null) {
                result.complete(value);
              } else if (cause != null && isFinal(cause)) {
                result.completeExceptionally(failure);
              } else {
                Promise<Void> pause =
                    cause == null || cause.getNextRetryDelay() == null
                        ? Workflow.newPromise(null)
                        : Workflow.newTimer(cause.getNextRetryDelay());
                pause
                    .thenCompose(ignored -> start.apply(activities(heartbeats)))
                    .handle(
                        (retried, stillFailing) ->
                            stillFailing == null
                                ? result.complete(retried)
                                : result.completeExceptionally(stillFailing));
              }
              return null;
            });
    return result;
  }

  /** A stub for one attempt as a local activity, within what is left of the budget. */
  private WeatherActivities localActivities() {
    Duration left = budgetLeft();
    LocalActivityOptions options =
        LocalActivityOptions.newBuilder()
            .setStartToCloseTimeout(min(request.retry().attemptTimeout(), left))
            .setScheduleToCloseTimeout(left)
            .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
            .build();
    return Workflow.newLocalActivityStub(WeatherActivities.class, options);
  }

  /**
   * Activity stubs allowed what is left of the request's budget, retrying transient NWS failures
   * within it.
   */
  private WeatherActivities activities(boolean heartbeats) {
    Duration left = budgetLeft();
    RetryBudget retry = request.retry();
    Duration attempt = min(retry.attemptTimeout(), left);
    ActivityOptions options =
        ActivityOptions.newBuilder()
            .setStartToCloseTimeout(attempt)
            // As long as the attempt: one NWS call between two heartbeats may take nearly all of
            // it.
            .setHeartbeatTimeout(heartbeats ? attempt : Duration.ZERO)
            .setScheduleToCloseTimeout(left)
            .setRetryOptions(
                RetryOptions.newBuilder()
                    .setInitialInterval(retry.initialInterval())
                    .setBackoffCoefficient(retry.backoffCoefficient())
                    .setMaximumInterval(retry.maximumInterval())
                    .setDoNotRetry(FINAL.toArray(String[]::new))
                    .build())
            .build();
    return Workflow.newActivityStub(WeatherActivities.class, options);
  }

  /**
   * What is left of the request's retry budget; when nothing is, the run ends as NWS not answering
   * in time.
   */
  private Duration budgetLeft() {
    Duration left = Duration.ofMillis(deadlineMillis - Workflow.currentTimeMillis());
    if (left.toMillis() <= 0) {
      throw unavailable(null);
    }
    return left;
  }

  /**
   * A part the page can do without: when it fails for good, the page shows a note instead of it.
   */
  private <T> Promise<Void> optional(
      Promise<T> part, Step step, java.util.function.Consumer<T> keep) {
    return part.handle(
        (value, failure) -> {
          if (failure == null) {
            keep.accept(value);
            steps.put(step, Status.DONE);
          } else {
            log.warn(
                "{} unavailable: {}",
                step,
                failure.getCause() == null ? failure : failure.getCause().getMessage());
            steps.put(step, Status.FAILED);
          }
          return null;
        });
  }

  /**
   * A final NWS answer (404, another 4xx) passes on as it is; anything else means the budget ran
   * out while NWS kept failing, reported with the last NWS problem seen so the page can quote its
   * correlation id.
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
    if (last != null && isFinal(last)) {
      return ApplicationFailure.newNonRetryableFailure(
          last.getOriginalMessage(), last.getType(), problem);
    }
    return unavailable(problem);
  }

  private static boolean isFinal(ApplicationFailure failure) {
    return failure.isNonRetryable() || FINAL.contains(failure.getType());
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
