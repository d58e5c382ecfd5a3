package dev.weather.workflow;

import dev.weather.forecast.WeatherReport;
import java.util.List;

/**
 * Where a run is, as its {@link WeatherWorkflow#progress()} query tells: each step's state and,
 * once the 12-hour forecast is in, the report so far (its {@code loading} parts still on their
 * way), else null.
 */
public record RunProgress(List<StepState> steps, WeatherReport report) {

  public RunProgress {
    steps = List.copyOf(steps);
  }

  /** The steps of a run, each one activity. */
  public enum Step {
    PLACE("ResolvePoint"),
    FORECAST("GetForecast"),
    NOW("GetCurrentConditions"),
    HISTORY("GetStationHistory"),
    HOURLY("GetHourlyForecast"),
    ALERTS("GetAlerts"),
    DETAIL("GetGridDetail"),
    DISCUSSION("GetDiscussions");

    private final String activityType;

    Step(String activityType) {
      this.activityType = activityType;
    }

    /** The step an activity type belongs to, as Temporal's describe names pending activities. */
    public static Step ofActivity(String activityType) {
      for (Step step : values()) {
        if (step.activityType.equals(activityType)) {
          return step;
        }
      }
      return null;
    }
  }

  public enum Status {
    WAITING,
    RUNNING,
    DONE,
    FAILED,
    /**
     * Not needed: a grid needs no place and has no alerts; without current conditions there is no
     * station for a history; a run begun by an older worker has no "now", history, detail or
     * discussion.
     */
    SKIPPED
  }

  public record StepState(Step step, Status status) {}
}
