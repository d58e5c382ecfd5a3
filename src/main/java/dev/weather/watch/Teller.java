package dev.weather.watch;

import dev.weather.watch.Delivery.Target;
import dev.weather.watch.WatchLog.Entry;
import dev.weather.watch.WatchLog.Sent;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Async;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a watch's workflow tells a person something, one home for both kinds of watch: the message is
 * logged once by its key, then sent to each target as an activity of its own, retried with the same
 * key, so one target failing neither delays the other nor the log. Workflow code.
 */
final class Teller {

  /** Continue as new past this many events: a few hundred messages' worth. */
  static final int EVENTS_PER_RUN = 2_000;

  private final String token;
  private final Delivery delivery;
  private final WatchActivities out;
  private WatchLog log;
  private int sending;

  Teller(String token, Delivery delivery, Duration retry, WatchLog log) {
    this.token = token;
    this.delivery = delivery;
    this.log = log;
    this.out =
        Workflow.newActivityStub(
            WatchActivities.class,
            ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(30))
                .setScheduleToCloseTimeout(retry)
                .setRetryOptions(
                    RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofSeconds(1))
                        .setMaximumInterval(Duration.ofMinutes(10))
                        .setDoNotRetry(WatchActivitiesImpl.UNDELIVERABLE)
                        .build())
                .build());
  }

  /** The key of the message {@code what} (a change's key): the same on every replay and retry. */
  String key(String what) {
    return Keys.digest(token) + "/" + what;
  }

  /** Logs {@code notice} unless logged before, and sends it to each target. */
  void tell(Notice notice) {
    if (log.has(notice.key())) {
      return;
    }
    List<Target> targets = delivery.targets();
    Map<Target.Kind, Sent> deliveries = new LinkedHashMap<>();
    targets.forEach(t -> deliveries.put(t.kind(), Sent.SENDING));
    log = log.with(new Entry(notice, deliveries));
    for (Target target : targets) {
      sending++;
      Async.procedure(out::send, target, notice)
          .handle(
              (ok, failure) -> {
                sending--;
                log =
                    log.delivered(
                        notice.key(), target.kind(), failure == null ? Sent.SENT : Sent.FAILED);
                return null;
              });
    }
  }

  /** Whether this run's history has grown enough to continue as new. */
  static boolean historyFull() {
    return Workflow.getInfo().getHistoryLength() > EVENTS_PER_RUN
        || Workflow.getInfo().isContinueAsNewSuggested();
  }

  /** Waits until no delivery is in flight (one in flight would be lost with this run). */
  void awaitDeliveries() {
    Workflow.await(() -> sending == 0 && Workflow.isEveryHandlerFinished());
  }

  WatchLog log() {
    return log;
  }

  /** Once a plan's window is known in its place's time: the watch ends with it. */
  void until(Instant end) {
    log = log.until(end);
  }

  WatchLog end(Instant at) {
    log = log.endedAt(at);
    return log;
  }
}
