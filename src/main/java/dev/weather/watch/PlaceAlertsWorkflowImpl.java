package dev.weather.watch;

import dev.weather.activities.WeatherActivities;
import dev.weather.forecast.Alert;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Fresh;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;

/**
 * Looks at a place's alerts on a durable timer, for days: each look is an activity that NWS's
 * flakiness may fail (the next look tries again), each change is told to every watch by a signal,
 * and every so many looks the workflow continues as new with its state, so its history stays small.
 */
@WorkflowImpl(taskQueues = WeatherActivities.TASK_QUEUE)
public class PlaceAlertsWorkflowImpl implements PlaceAlertsWorkflow {

  private static final Logger log = Workflow.getLogger(PlaceAlertsWorkflowImpl.class);

  /**
   * Each attempt one NWS call (the client gives up on one after 4.5 s); a look that keeps failing
   * gives way to the next look.
   */
  private static final Duration ATTEMPT = Duration.ofSeconds(5);

  private final Coordinates point;
  private final PlaceAlerts.Settings settings;
  private final Set<String> watches;

  /** Watches added since the last look, not yet told what is in force. */
  private final Set<String> joined = new LinkedHashSet<>();

  private AlertBook book;
  private Instant nextCheck;
  private Instant lastChecked;
  private Instant idleSince;

  /**
   * The state, set before any handler runs: an update-with-start's {@code subscribe} is validated
   * against {@code settings} before the workflow method has begun.
   */
  @WorkflowInit
  public PlaceAlertsWorkflowImpl(PlaceAlerts place) {
    point = place.point();
    settings = place.settings();
    book = place.book();
    watches = new LinkedHashSet<>(place.watches());
    lastChecked = place.lastChecked();
    idleSince = place.idleSince();
    nextCheck = place.nextCheck() != null ? place.nextCheck() : now();
    if (watches.isEmpty() && idleSince == null) {
      idleSince = now();
    }
  }

  @Override
  public void watch(PlaceAlerts place) {
    WeatherActivities nws =
        Workflow.newActivityStub(
            WeatherActivities.class,
            ActivityOptions.newBuilder()
                .setStartToCloseTimeout(ATTEMPT)
                .setScheduleToCloseTimeout(settings.minCheck())
                .setRetryOptions(
                    RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofSeconds(5))
                        .setMaximumInterval(Duration.ofSeconds(20))
                        .build())
                .build());
    for (int checks = 0; ; ) {
      Instant wake = nextCheck;
      if (watches.isEmpty()) {
        Instant idleEnd = idleSince.plus(settings.idleEnd());
        wake = idleEnd.isBefore(wake) ? idleEnd : wake;
      }
      Duration sleep = Duration.between(now(), wake);
      if (!sleep.isNegative() && !sleep.isZero()) {
        // Woken early by a watch to tell, or by the last watch leaving (or a first one coming),
        // which moves the wake-up to the idle end (or from it).
        boolean idle = watches.isEmpty();
        Workflow.await(
            sleep, () -> (book != null && !joined.isEmpty()) || watches.isEmpty() != idle);
      }
      if (watches.isEmpty() && !now().isBefore(idleSince.plus(settings.idleEnd()))) {
        return;
      }
      if (book != null && !joined.isEmpty()) {
        List<String> told = List.copyOf(joined);
        joined.clear();
        tell(told, book.inEffect(now()));
      }
      if (now().isBefore(nextCheck)) {
        continue;
      }
      look(nws);
      if (++checks >= settings.checksPerRun() || Workflow.getInfo().isContinueAsNewSuggested()) {
        Workflow.await(Workflow::isEveryHandlerFinished);
        // A watch that joined meanwhile is told what is in force before this run ends.
        while (book != null && !joined.isEmpty()) {
          List<String> told = List.copyOf(joined);
          joined.clear();
          tell(told, book.inEffect(now()));
        }
        Workflow.continueAsNew(state());
      }
    }
  }

  /** One look at NWS, and each change told to every watch. */
  private void look(WeatherActivities nws) {
    Fresh<List<Alert>> alerts;
    try {
      alerts = nws.getAlerts(point);
    } catch (ActivityFailure e) {
      log.warn("alerts of {} not had this time: {}", point.text(), e.getCause().getMessage());
      nextCheck = now().plus(settings.minCheck());
      return;
    }
    boolean first = book == null;
    AlertBook.Next next = (first ? AlertBook.empty() : book).after(alerts.value(), now(), first);
    book = next.book();
    lastChecked = now();
    Instant soonest = now().plus(settings.minCheck());
    nextCheck = alerts.until().isAfter(soonest) ? alerts.until() : soonest;
    // On the first look every change is IN_EFFECT, told to all; after it, a watch that joined
    // while NWS was being asked is told what is in force now, the others what changed.
    List<String> fresh = first ? List.of() : List.copyOf(joined);
    joined.clear();
    tell(watches.stream().filter(w -> !fresh.contains(w)).toList(), next.changes());
    tell(fresh, book.inEffect(now()));
  }

  /**
   * Signals {@code changes} to each of {@code to} at once; a watch that is gone (ended, or its
   * lifetime over) is dropped.
   */
  private void tell(List<String> to, List<AlertChange> changes) {
    if (changes.isEmpty() || to.isEmpty()) {
      return;
    }
    List<Promise<Void>> signals = new ArrayList<>();
    for (String watch : to) {
      AlertWatchWorkflow stub = Workflow.newExternalWorkflowStub(AlertWatchWorkflow.class, watch);
      signals.add(
          Async.procedure(stub::told, changes)
              .exceptionally(
                  failure -> {
                    log.info(
                        "watch {} is gone ({})",
                        Keys.digest(watch),
                        failure.getClass().getSimpleName());
                    drop(watch);
                    return null;
                  }));
    }
    Promise.allOf(signals).get();
  }

  @Override
  public int subscribe(String watchId) {
    if (watches.add(watchId)) {
      joined.add(watchId);
    }
    idleSince = null;
    return watches.size();
  }

  @Override
  public void checkSubscribe(String watchId) {
    if (!watches.contains(watchId) && watches.size() >= settings.maxWatches()) {
      throw new IllegalStateException(
          "this place has " + watches.size() + " watches, the most it takes");
    }
  }

  @Override
  public void unsubscribe(String watchId) {
    drop(watchId);
  }

  private void drop(String watchId) {
    joined.remove(watchId);
    if (watches.remove(watchId) && watches.isEmpty()) {
      idleSince = now();
    }
  }

  @Override
  public PlaceAlerts.Status status() {
    return new PlaceAlerts.Status(
        watches.size(), lastChecked, nextCheck, book == null ? 0 : book.standing().size());
  }

  private PlaceAlerts state() {
    return new PlaceAlerts(
        point, settings, book, List.copyOf(watches), nextCheck, lastChecked, idleSince);
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
