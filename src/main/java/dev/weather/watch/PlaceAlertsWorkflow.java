package dev.weather.watch;

import dev.weather.forecast.Coordinates;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One place's alerts, watched for as long as some watch wants them: asks NWS as often as NWS's
 * Cache-Control allows (never more often than {@link PlaceAlerts.Settings#minCheck()}), and tells
 * each of the place's watches every issue, update, cancellation and end once. One per place,
 * however many people watch it; it ends {@link PlaceAlerts.Settings#idleEnd()} after its last watch
 * left.
 */
@WorkflowInterface
public interface PlaceAlertsWorkflow {

  /** The workflow id of {@code point}'s alerts: one per point NWS can tell apart. */
  static String id(Coordinates point) {
    return "alerts-" + point.rounded().text();
  }

  @WorkflowMethod
  void watch(PlaceAlerts place);

  /**
   * Adds the watch {@code watchId} (an {@link AlertWatchWorkflow}'s id), which is told at once what
   * is in force; answers how many watches the place has. Rejected before it reaches the history
   * when the place has as many as it takes.
   */
  @UpdateMethod
  int subscribe(String watchId);

  @UpdateValidatorMethod(updateName = "subscribe")
  void checkSubscribe(String watchId);

  /** The watch {@code watchId} ended: it is told nothing more. */
  @SignalMethod
  void unsubscribe(String watchId);

  @QueryMethod
  PlaceAlerts.Status status();
}
