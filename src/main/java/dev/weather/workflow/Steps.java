package dev.weather.workflow;

import dev.weather.forecast.Part;
import dev.weather.workflow.RunProgress.Status;
import dev.weather.workflow.RunProgress.Step;
import dev.weather.workflow.RunProgress.StepState;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * Where each step of a run is, kept beside the orchestration so that {@link
 * WeatherWorkflowImpl#report} reads as what it fetches: a step is skipped, or runs and ends done or
 * failed. Workflow code: in runs that publish their steps as their memo, each workflow task whose
 * marks changed a step records a memo update, so when and how steps are marked is part of what a
 * run records, and a change to it must keep recorded runs replaying (WorkflowHistoriesTest).
 */
final class Steps {

  private static final Logger log = Workflow.getLogger(WeatherWorkflowImpl.class);

  /** The step that fetches each optional part of a report. */
  private static final Map<Part, Step> STEP_OF =
      Map.of(
          Part.NOW,
          Step.NOW,
          Part.HISTORY,
          Step.HISTORY,
          Part.HOURLY,
          Step.HOURLY,
          Part.ALERTS,
          Step.ALERTS,
          Part.DETAIL,
          Step.DETAIL,
          Part.DISCUSSION,
          Step.DISCUSSION);

  private final Map<Step, Status> status = new EnumMap<>(Step.class);

  /** Whether a step has changed since the steps were last {@link #published()}. */
  private boolean unpublished;

  Steps() {
    for (Step step : Step.values()) {
      status.put(step, Status.WAITING);
    }
  }

  void skip(Step step) {
    mark(step, Status.SKIPPED);
  }

  /** {@code step} has begun fetching {@code part}. */
  <T> Promise<T> started(Step step, Promise<T> part) {
    mark(step, Status.RUNNING);
    return part;
  }

  /**
   * Waits for a part the report cannot do without; when it fails for good, so does the run, with
   * the verdict on its last failure.
   */
  <T> T essential(Step step, Promise<T> part) {
    mark(step, Status.RUNNING);
    try {
      T value = part.get();
      mark(step, Status.DONE);
      return value;
    } catch (ActivityFailure failure) {
      mark(step, Status.FAILED);
      throw NwsCalls.verdict(failure);
    }
  }

  /**
   * A part the page can do without: {@code keep} gets it when it comes; when it fails for good, the
   * page shows a note instead of it.
   */
  <T> Promise<Void> optional(Step step, Promise<T> part, Consumer<T> keep) {
    mark(step, Status.RUNNING);
    return part.handle(
        (value, failure) -> {
          if (failure == null) {
            keep.accept(value);
            mark(step, Status.DONE);
          } else {
            log.warn(
                "{} unavailable: {}",
                step,
                failure.getCause() == null ? failure : failure.getCause().getMessage());
            mark(step, Status.FAILED);
          }
          return null;
        });
  }

  private void mark(Step step, Status now) {
    unpublished |= status.put(step, now) != now;
  }

  boolean unpublished() {
    return unpublished;
  }

  /** The states, as they are to be published now. */
  List<StepState> published() {
    unpublished = false;
    return states();
  }

  List<StepState> states() {
    return status.entrySet().stream().map(e -> new StepState(e.getKey(), e.getValue())).toList();
  }

  /** The optional parts whose step is in {@code wanted}. */
  Set<Part> parts(Status wanted) {
    Set<Part> parts = EnumSet.noneOf(Part.class);
    for (Part part : Part.values()) {
      if (status.get(STEP_OF.get(part)) == wanted) {
        parts.add(part);
      }
    }
    return parts;
  }
}
