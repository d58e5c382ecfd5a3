package dev.weather.watch;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * One person's watch of a place's alerts: keeps each change it is told once (its feed) and delivers
 * it to the person's ntfy topic or webhook, retrying without ever sending it twice. Ends when the
 * person ends it, or {@link AlertWatch#lifetime()} after it began; its result is its log, readable
 * after it closed.
 */
@WorkflowInterface
public interface AlertWatchWorkflow {

  /** The workflow id of the watch at the address {@code token}. */
  static String id(String token) {
    return "watch-" + token;
  }

  @WorkflowMethod
  WatchLog watch(AlertWatch watch);

  /** Changes of the place's alerts, from its {@link PlaceAlertsWorkflow}. */
  @SignalMethod
  void told(List<AlertChange> changes);

  /** The person ended the watch. */
  @SignalMethod
  void end();

  @QueryMethod
  WatchLog log();
}
