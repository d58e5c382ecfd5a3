package dev.weather.workflow;

import dev.weather.activities.NwsFailures;
import dev.weather.forecast.Causes;
import dev.weather.forecast.Location;
import dev.weather.forecast.NwsFault;
import dev.weather.forecast.NwsProblem;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;

/**
 * A forecast request ended without a forecast, with the NWS fault and the NWS problem behind it
 * when there was one.
 */
public class ForecastException extends RuntimeException {

  private final NwsFault fault;
  private final Location location;
  private final NwsProblem problem;

  public ForecastException(NwsFault fault, Location location, NwsProblem problem, Throwable cause) {
    super(
        fault + " for " + location.slug() + (problem == null ? "" : ": " + problem.title()), cause);
    this.fault = fault;
    this.location = location;
    this.problem = problem;
  }

  /**
   * A run's failure as the fault a person is told of; anything but an NWS verdict means NWS or
   * Temporal is away. A {@code CompletionException} is looked inside.
   */
  public static ForecastException of(ReportKey key, Throwable failure) {
    Throwable e = Causes.unwrap(failure);
    if (e instanceof ForecastException known) {
      return known;
    }
    if (e instanceof WorkflowFailedException failed
        && failed.getCause() instanceof ApplicationFailure app) {
      return new ForecastException(
          NwsFault.ofType(app.getType()), key.location(), NwsFailures.problemOf(app), e);
    }
    return new ForecastException(NwsFault.UNAVAILABLE, key.location(), null, e);
  }

  /**
   * What went wrong: the fault of NWS's last answer, or UNAVAILABLE when it (or Temporal) was away.
   */
  public NwsFault fault() {
    return fault;
  }

  /**
   * What a log line says of it: NWS's last answer, else why none is known (Temporal could not run
   * or reach the run, or the run ended with no NWS answer).
   */
  public String logText() {
    if (problem != null) {
      return problem.logText();
    }
    Throwable cause = getCause();
    return cause == null || cause instanceof WorkflowFailedException
        ? "no NWS answer"
        : "Temporal could not run it: " + cause;
  }

  public Location location() {
    return location;
  }

  /** What NWS said, or null when it said nothing (no answer, Temporal unreachable). */
  public NwsProblem problem() {
    return problem;
  }
}
