package dev.weather.watch;

import dev.weather.activities.WeatherActivities;
import io.temporal.spring.boot.WorkflowImpl;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;

/**
 * Waits for changes on a durable timer as long as the watch lasts, and tells each once ({@link
 * Teller}).
 */
@WorkflowImpl(taskQueues = WeatherActivities.TASK_QUEUE)
public class AlertWatchWorkflowImpl implements AlertWatchWorkflow {

  private static final Logger logger = Workflow.getLogger(AlertWatchWorkflowImpl.class);

  private final AlertWatch watch;
  private final Deque<AlertChange> inbox = new ArrayDeque<>();
  private final Teller teller;
  private boolean ending;

  @WorkflowInit
  public AlertWatchWorkflowImpl(AlertWatch watch) {
    this.watch = watch;
    Instant now = now();
    WatchLog log =
        watch.log() != null
            ? watch.log()
            : new WatchLog(
                watch.label(),
                PlaceAlertsWorkflow.id(watch.point()),
                null,
                now,
                now.plus(watch.lifetime()),
                null,
                0,
                List.of());
    this.teller = new Teller(watch.token(), watch.delivery(), watch.deliveryRetry(), log);
  }

  @Override
  public WatchLog watch(AlertWatch ignored) {
    while (!ending) {
      Duration left = Duration.between(now(), teller.log().until());
      if (left.isNegative() || left.isZero()) {
        break;
      }
      Workflow.await(left, () -> !inbox.isEmpty() || ending);
      while (!inbox.isEmpty()) {
        AlertChange change = inbox.poll();
        teller.tell(Notices.of(teller.key(change.key()), watch.label(), change));
      }
      if (!ending && Teller.historyFull()) {
        teller.awaitDeliveries();
        if (inbox.isEmpty() && !ending) {
          Workflow.continueAsNew(watch.with(teller.log()));
        }
      }
    }
    WatchLog log = teller.end(now());
    try {
      Workflow.newExternalWorkflowStub(
              PlaceAlertsWorkflow.class, PlaceAlertsWorkflow.id(watch.point()))
          .unsubscribe(Workflow.getInfo().getWorkflowId());
    } catch (RuntimeException gone) {
      logger.info("the place's alerts had ended already: {}", gone.getMessage());
    }
    return log;
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
    return teller.log();
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
