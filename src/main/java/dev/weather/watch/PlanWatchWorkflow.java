package dev.weather.watch;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One person's plan: checks the forecast for the plan's window on a schedule that tightens as the
 * window nears, tells each time a threshold is crossed or uncrossed (not every check), a summary
 * the morning of, and ends when the window ends (or when the person ends it). Its id, signal and
 * query are an {@link AlertWatchWorkflow}'s, so a watch is found, read and ended by its address
 * whatever its kind.
 */
@WorkflowInterface
public interface PlanWatchWorkflow {

  @WorkflowMethod
  WatchLog watch(PlanWatch watch);

  @SignalMethod
  void end();

  @QueryMethod
  WatchLog log();
}
