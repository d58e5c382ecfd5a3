package dev.weather.watch;

import dev.weather.activities.WeatherActivities;
import dev.weather.watch.Delivery.Target;
import dev.weather.watch.WatchLog.Entry;
import dev.weather.watch.WatchLog.Sent;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.spring.boot.WorkflowImpl;
import io.temporal.workflow.Async;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;

/**
 * Waits for changes on a durable timer as long as the watch lasts; logs each change once and
 * delivers it to each target as an activity of its own, retried with the same key, so one target
 * failing neither delays the other nor the log.
 */
@WorkflowImpl(taskQueues = WeatherActivities.TASK_QUEUE)
public class AlertWatchWorkflowImpl implements AlertWatchWorkflow {

  private static final Logger logger = Workflow.getLogger(AlertWatchWorkflowImpl.class);

  /** Continue as new past this many events: a few hundred messages' worth. */
  static final int EVENTS_PER_RUN = 2_000;

  private final AlertWatch watch;
  private final Deque<AlertChange> inbox = new ArrayDeque<>();
  private WatchLog log;
  private boolean ending;
  private int sending;

  @WorkflowInit
  public AlertWatchWorkflowImpl(AlertWatch watch) {
    this.watch = watch;
    Instant now = now();
    this.log =
        watch.log() != null
            ? watch.log()
            : new WatchLog(
                watch.label(),
                PlaceAlertsWorkflow.id(watch.point()),
                now,
                now.plus(watch.lifetime()),
                null,
                0,
                List.of());
  }

  @Override
  public WatchLog watch(AlertWatch ignored) {
    WatchActivities out =
        Workflow.newActivityStub(
            WatchActivities.class,
            ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(30))
                .setScheduleToCloseTimeout(watch.deliveryRetry())
                .setRetryOptions(
                    RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofSeconds(1))
                        .setMaximumInterval(Duration.ofMinutes(10))
                        .setDoNotRetry(WatchActivitiesImpl.UNDELIVERABLE)
                        .build())
                .build());
    while (!ending) {
      Duration left = Duration.between(now(), log.until());
      if (left.isNegative() || left.isZero()) {
        break;
      }
      Workflow.await(left, () -> !inbox.isEmpty() || ending);
      while (!inbox.isEmpty()) {
        take(inbox.poll(), out);
      }
      if (!ending
          && (Workflow.getInfo().getHistoryLength() > EVENTS_PER_RUN
              || Workflow.getInfo().isContinueAsNewSuggested())) {
        // A delivery in flight would be lost with this run: let them finish first.
        Workflow.await(() -> sending == 0 && Workflow.isEveryHandlerFinished());
        if (inbox.isEmpty() && !ending) {
          Workflow.continueAsNew(watch.with(log));
        }
      }
    }
    log = log.endedAt(now());
    try {
      Workflow.newExternalWorkflowStub(
              PlaceAlertsWorkflow.class, PlaceAlertsWorkflow.id(watch.point()))
          .unsubscribe(Workflow.getInfo().getWorkflowId());
    } catch (RuntimeException gone) {
      logger.info("the place's alerts had ended already: {}", gone.getMessage());
    }
    return log;
  }

  /** Logs {@code change} unless logged before, and sends it to each target. */
  private void take(AlertChange change, WatchActivities out) {
    String key = Keys.digest(watch.token()) + "/" + change.key();
    if (log.has(key)) {
      return;
    }
    Notice notice = Notices.of(key, watch.label(), change);
    List<Target> targets = watch.delivery().targets();
    Map<Target.Kind, Sent> deliveries = new LinkedHashMap<>();
    targets.forEach(t -> deliveries.put(t.kind(), Sent.SENDING));
    log = log.with(new Entry(notice, deliveries));
    for (Target target : targets) {
      sending++;
      Async.procedure(out::send, target, notice)
          .handle(
              (ok, failure) -> {
                sending--;
                log = log.delivered(key, target.kind(), failure == null ? Sent.SENT : Sent.FAILED);
                return null;
              });
    }
  }

  @Override
  public void told(List<AlertChange> changes) {
    inbox.addAll(changes);
  }

  @Override
  public void end() {
    ending = true;
  }

  @Override
  public WatchLog log() {
    return log;
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
