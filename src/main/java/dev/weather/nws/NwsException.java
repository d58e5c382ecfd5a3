package dev.weather.nws;

import dev.weather.forecast.NwsProblem;
import java.time.Duration;

/**
 * NWS did not give a usable answer. {@link #isTransient()} tells whether asking again may help (5xx, 429, 408,
 * no answer, a body we could not read); {@link #retryAfter()} is what NWS asked us to wait, when it said.
 */
public class NwsException extends RuntimeException {

  private final NwsProblem problem;
  private final Duration retryAfter;

  public NwsException(NwsProblem problem, Duration retryAfter, Throwable cause) {
    super(describe(problem), cause);
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  public NwsProblem problem() {
    return problem;
  }

  /** The delay NWS asked for in {@code Retry-After}, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /**
   * Every failure may pass, except a 4xx that says no to this very request. 403 counts as passing: NWS's CDN
   * answers it with an HTML page when it throttles a client.
   */
  public boolean isTransient() {
    int status = problem.status();
    boolean clientError = status >= 400 && status < 500;
    return !clientError || status == 403 || status == 408 || status == 429;
  }

  private static String describe(NwsProblem p) {
    String what = p.status() == 0 ? "no answer" : "HTTP " + p.status();
    return "NWS " + what + ": " + p.title() + (p.detail() == null ? "" : " (" + p.detail() + ")");
  }
}
