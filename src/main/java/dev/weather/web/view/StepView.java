package dev.weather.web.view;

import dev.weather.forecast.NwsProblem;
import dev.weather.workflow.RunProgress;
import dev.weather.workflow.RunProgress.Status;
import dev.weather.workflow.RunProgress.Step;
import dev.weather.workflow.RunState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A step of a run in plain words, for the progress page and its JSON twin. */
public record StepView(
    String step, String label, String status, Integer attempt, String lastError, String text) {

  public static List<StepView> of(RunProgress progress, List<RunState.Retry> retries, Instant now) {
    List<StepView> views = new ArrayList<>();
    for (RunProgress.StepState state : progress.steps()) {
      RunState.Retry retry =
          retries.stream().filter(r -> r.step() == state.step()).findFirst().orElse(null);
      views.add(of(state.step(), state.status(), retry, now));
    }
    return views;
  }

  private static StepView of(Step step, Status status, RunState.Retry retry, Instant now) {
    String code = status.name().toLowerCase(Locale.ROOT);
    if (status == Status.RUNNING && retry != null) {
      String error = words(retry.lastProblem());
      String when =
          retry.nextAttempt() != null && retry.nextAttempt().isAfter(now)
              ? " in " + Math.max(1, Duration.between(now, retry.nextAttempt()).toSeconds()) + " s"
              : "";
      return new StepView(
          code(step),
          label(step),
          "retrying",
          retry.attempt(),
          error,
          "attempt " + retry.attempt() + when + "; last time " + error);
    }
    String text =
        switch (status) {
          case WAITING -> "waiting";
          case RUNNING -> "asking the National Weather Service";
          case DONE -> "done";
          case FAILED -> "could not be had";
          case SKIPPED -> "not needed here";
        };
    return new StepView(code(step), label(step), code, null, null, text);
  }

  private static String code(Step step) {
    return step.name().toLowerCase(Locale.ROOT);
  }

  static String label(Step step) {
    return switch (step) {
      case PLACE -> "Finding the place on the NWS grid";
      case FORECAST -> "7-day forecast";
      case NOW -> "Current conditions";
      case HISTORY -> "The station's last 24 hours";
      case HOURLY -> "Next 48 hours";
      case ALERTS -> "Alerts";
      case DETAIL -> "Hour-by-hour detail and amounts";
      case DISCUSSION -> "The forecaster's discussion";
    };
  }

  /** What NWS last did, as a person would say it. */
  static String words(NwsProblem problem) {
    if (problem == null) {
      return "the National Weather Service did not answer in time";
    }
    if (problem.status() == 0) {
      // "Timed out" says more than "did not answer"; "No answer" says nothing more.
      boolean more = problem.title() != null && !problem.title().equalsIgnoreCase("No answer");
      return "the National Weather Service did not answer"
          + (more ? " (" + problem.title().toLowerCase(Locale.ROOT) + ")" : "");
    }
    return "the National Weather Service answered "
        + problem.status()
        + (problem.title() == null ? "" : " (" + problem.title() + ")");
  }
}
