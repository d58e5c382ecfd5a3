package dev.weather.nws;

import dev.weather.forecast.NwsFault;
import dev.weather.forecast.NwsProblem;
import java.time.Duration;

/**
 * NWS did not give a usable answer: {@link #kind()} says what kind of failure it was, so the caller
 * knows whether asking again may help; {@link #retryAfter()} is what NWS asked us to wait, when it
 * said.
 */
public class NwsException extends RuntimeException {

  private final NwsFault kind;
  private final NwsProblem problem;
  private final Duration retryAfter;

  public NwsException(NwsFault kind, NwsProblem problem, Duration retryAfter, Throwable cause) {
    super(describe(problem), cause);
    this.kind = kind;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  public NwsFault kind() {
    return kind;
  }

  public NwsProblem problem() {
    return problem;
  }

  /** The delay NWS asked for in {@code Retry-After}, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }

  private static String describe(NwsProblem p) {
    String what = p.status() == 0 ? "no answer" : "HTTP " + p.status();
    return "NWS " + what + ": " + p.title() + (p.detail() == null ? "" : " (" + p.detail() + ")");
  }
}
