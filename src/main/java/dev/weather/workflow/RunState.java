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

  /**
   * Closed with a report, at {@code closedAt}: the report is as of then, and may be long out of
   * date.
   */
  record Finished(WeatherReport report, Instant closedAt) implements RunState {}

  /** Closed without a report, at {@code closedAt}. */
  record Failed(ForecastException failure, Instant closedAt) implements RunState {}

  /**
   * No such run: never started, or forgotten (the embedded server forgets everything when the app
   * stops).
   */
  record Unknown() implements RunState {}

  /**
   * A step Temporal is retrying: the number of its current attempt, when the next one is due (null
   * when the server does not say: the embedded one does not), and NWS's last answer (null when
   * there was none to read, such as a timeout; then {@code lastFailure} says what happened).
   */
  record Retry(
      Step step, int attempt, Instant nextAttempt, NwsProblem lastProblem, String lastFailure) {}
}
