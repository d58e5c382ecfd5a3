package dev.weather.watch;

import dev.weather.activities.WeatherActivities;
import dev.weather.forecast.Fresh;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Units;
import dev.weather.watch.Plan.Threshold;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.spring.boot.WorkflowImpl;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;

/**
 * Looks at the forecast for a plan's window on a durable timer, more often as the window nears, and
 * tells each change of a threshold once ({@link Teller}).
 */
@WorkflowImpl(taskQueues = WeatherActivities.TASK_QUEUE)
public class PlanWatchWorkflowImpl implements PlanWatchWorkflow {

  private static final Logger logger = Workflow.getLogger(PlanWatchWorkflowImpl.class);

  /** The morning's summary is told at this hour of the window's day (or an hour before it). */
  static final LocalTime MORNING = LocalTime.of(7, 0);

  private final PlanWatch watch;
  private final Plan plan;
  private final Teller teller;
  private final Map<Threshold, Boolean> crossed;
  private final Map<Threshold, Integer> changes;
  private ZoneId zone;
  private dev.weather.forecast.GridPoint grid;
  private boolean summaryDone;
  private boolean ending;

  @WorkflowInit
  public PlanWatchWorkflowImpl(PlanWatch watch) {
    this.watch = watch;
    this.plan = watch.plan();
    PlanWatch.State state = watch.state();
    Instant now = now();
    WatchLog log =
        state != null
            ? state.log()
            : new WatchLog(
                watch.label(),
                null,
                plan.describe(),
                now,
                now.plus(Plan.AHEAD).plus(Plan.LONGEST),
                null,
                0,
                List.of());
    teller = new Teller(watch.token(), watch.delivery(), watch.deliveryRetry(), log);
    crossed = new LinkedHashMap<>(state == null ? Map.of() : state.crossed());
    changes = new LinkedHashMap<>(state == null ? Map.of() : state.changes());
    zone = state == null ? null : state.zone();
    grid = state == null ? null : state.grid();
    summaryDone = state != null && state.summaryDone();
  }

  @Override
  public WatchLog watch(PlanWatch ignored) {
    WeatherActivities nws =
        Workflow.newActivityStub(
            WeatherActivities.class,
            ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(10))
                .setScheduleToCloseTimeout(Duration.ofMinutes(20))
                .setRetryOptions(
                    RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofSeconds(5))
                        .setMaximumInterval(Duration.ofMinutes(5))
                        .build())
                .build());
    if (zone == null) {
      try {
        PointInfo point = nws.resolvePoint(watch.point()).value();
        zone = point.timeZone();
        grid = point.grid();
      } catch (ActivityFailure e) {
        logger.warn("a plan's place not had: {}", e.getCause().getMessage());
        return teller.end(now());
      }
    }
    Instant from = plan.from().atZone(zone).toInstant();
    Instant to = plan.to().atZone(zone).toInstant();
    teller.until(to);
    Instant morning = plan.from().toLocalDate().atTime(MORNING).atZone(zone).toInstant();
    Instant summaryAt =
        morning.isBefore(from.minus(Duration.ofHours(1)))
            ? morning
            : from.minus(Duration.ofHours(1));
    boolean summaryWanted = summaryAt.isAfter(teller.log().since());
    while (!ending && now().isBefore(to)) {
      PlanLook look = look(nws, from, to);
      if (look != null) {
        tellChanges(look);
        if (summaryWanted && !summaryDone && !now().isBefore(summaryAt)) {
          teller.tell(
              Notices.summary(teller.key("plan:summary"), watch.label(), plan, look, now()));
          summaryDone = true;
        }
      }
      Instant next =
          now()
              .plus(
                  watch.checkEvery() != null
                      ? watch.checkEvery()
                      : interval(Duration.between(now(), from)));
      // Not a summary already due: a look that failed at its time is tried again at the next.
      if (summaryWanted && !summaryDone && summaryAt.isBefore(next) && summaryAt.isAfter(now())) {
        next = summaryAt;
      }
      if (to.isBefore(next)) {
        next = to;
      }
      Duration sleep = Duration.between(now(), next);
      if (!sleep.isNegative() && !sleep.isZero()) {
        Workflow.await(sleep, () -> ending);
      }
      if (!ending && Teller.historyFull()) {
        teller.awaitDeliveries();
        if (ending) {
          break; // ended while the last deliveries went: not to be carried into a new run
        }
        Workflow.continueAsNew(
            watch.with(
                new PlanWatch.State(zone, grid, crossed, changes, summaryDone, teller.log())));
      }
    }
    return teller.end(now());
  }

  /**
   * How long until the next look: twice a day while the window is days away, then more often, and
   * every half hour from three hours before it.
   */
  static Duration interval(Duration untilStart) {
    if (untilStart.compareTo(Duration.ofDays(3)) > 0) {
      return Duration.ofHours(12);
    }
    if (untilStart.compareTo(Duration.ofDays(1)) > 0) {
      return Duration.ofHours(6);
    }
    if (untilStart.compareTo(Duration.ofHours(12)) > 0) {
      return Duration.ofHours(3);
    }
    if (untilStart.compareTo(Duration.ofHours(3)) > 0) {
      return Duration.ofHours(1);
    }
    return Duration.ofMinutes(30);
  }

  /** The forecast for the window, its three parts asked at once; null when NWS did not answer. */
  private PlanLook look(WeatherActivities nws, Instant from, Instant to) {
    Promise<Fresh<GridHours>> detail = Async.function(nws::getGridDetail, grid);
    Promise<Fresh<List<HourlyPeriod>>> hourly =
        Async.function(nws::getHourlyForecast, grid, Units.US);
    Promise<Fresh<GridForecast>> periods = Async.function(nws::getForecast, grid, Units.US);
    try {
      return PlanLook.of(
          detail.get().value(), hourly.get().value(), periods.get().value().periods(), from, to);
    } catch (ActivityFailure e) {
      logger.warn("a plan's forecast not had this time: {}", e.getCause().getMessage());
      return null;
    }
  }

  /** Tells each threshold that changed since the last look; on the first, those crossed. */
  private void tellChanges(PlanLook look) {
    plan.crossed(look)
        .forEach(
            (threshold, now) -> {
              Boolean before = crossed.put(threshold, now);
              if (before == null ? now : before != now) {
                int n = changes.merge(threshold, 1, Integer::sum);
                String key =
                    teller.key(
                        "plan:" + threshold.name().toLowerCase(java.util.Locale.ROOT) + ":" + n);
                teller.tell(
                    Notices.crossing(key, watch.label(), plan, threshold, now, look, now()));
              }
            });
  }

  @Override
  public void end() {
    ending = true;
  }

  @Override
  public WatchLog log() {
    return teller.log();
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
