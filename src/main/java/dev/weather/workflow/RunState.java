package dev.weather.workflow;

import dev.weather.forecast.NwsProblem;
import dev.weather.forecast.WeatherReport;
import dev.weather.workflow.RunProgress.Step;
import java.time.Instant;
import java.util.List;

/** What Temporal knows of a place's latest run, asked without waiting. */
public sealed interface RunState {

  /** Still at work: where it is, and which steps are being retried and why. */
  record Running(String runId, RunProgress progress, List<Retry> retries) implements RunState {}

  record Finished(WeatherReport report) implements RunState {}

  record Failed(ForecastException failure) implements RunState {}

  /** No such run: never started, or forgotten (the embedded server forgets everything when the app stops). */
  record Unknown() implements RunState {}

  /**
   * A step Temporal is retrying: its attempt number, NWS's last answer (null when there was none to read, such as
   * a timeout, then {@code lastFailure} says what happened) and when the next attempt is due (null if under way).
   */
  record Retry(Step step, int attempt, NwsProblem lastProblem, String lastFailure, Instant nextAttempt) {}
}
