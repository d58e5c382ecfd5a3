package dev.weather.workflow;

import dev.weather.forecast.Location;
import dev.weather.forecast.NwsProblem;

/**
 * A forecast request ended without a forecast, with the reason and the NWS problem behind it when
 * there was one.
 */
public class ForecastException extends RuntimeException {

  /** Why there is no forecast. */
  public enum Reason {
    /** NWS has no forecast for this place (404: outside its coverage, marine, unknown grid). */
    NOT_COVERED,
    /** NWS refused the request outright (another 4xx). */
    REJECTED,
    /**
     * NWS answered with something this app cannot use: a body it cannot read, invalid ids, a
     * redirect elsewhere.
     */
    MALFORMED,
    /** NWS (or Temporal) kept failing until the retry budget was spent. */
    UNAVAILABLE
  }

  private final Reason reason;
  private final Location location;
  private final NwsProblem problem;

  public ForecastException(Reason reason, Location location, NwsProblem problem, Throwable cause) {
    super(
        reason + " for " + location.slug() + (problem == null ? "" : ": " + problem.title()),
        cause);
    this.reason = reason;
    this.location = location;
    this.problem = problem;
  }

  public Reason reason() {
    return reason;
  }

  public Location location() {
    return location;
  }

  /** What NWS said, or null when it said nothing (no answer, Temporal unreachable). */
  public NwsProblem problem() {
    return problem;
  }
}
