package dev.weather.nws;

import dev.weather.forecast.NwsProblem;
import java.time.Duration;

/**
 * NWS did not give a usable answer: {@link #kind()} says what kind of failure it was, so the caller
 * knows whether asking again may help; {@link #retryAfter()} is what NWS asked us to wait, when it
 * said.
 */
public class NwsException extends RuntimeException {

  /** What went wrong, by what asking again may do about it. */
  public enum Kind {
    /** 5xx, 429, 408, the CDN's throttling 403, or no answer at all: it may pass. */
    UNAVAILABLE,
    /** 404: NWS has no data for this request; final. */
    NOT_FOUND,
    /** Another 4xx: NWS says no to this very request; final. */
    REJECTED,
    /**
     * NWS answered, but not with anything we can use (a body we cannot read, invalid ids): worth a
     * few tries.
     */
    MALFORMED,
    /** NWS sent us to an address outside it, or in circles; never followed, final. */
    MISDIRECTED;

    /**
     * The kind of an answer that was not 200. 403 counts as passing: NWS's CDN answers it with an
     * HTML page when it throttles a client; any other 2xx or 3xx that reaches here is an answer we
     * cannot use.
     */
    static Kind ofStatus(int status) {
      if (status == 404) {
        return Kind.NOT_FOUND;
      }
      if (status == 403 || status == 408 || status == 429 || status >= 500) {
        return Kind.UNAVAILABLE;
      }
      return status >= 400 ? Kind.REJECTED : Kind.MALFORMED;
    }
  }

  private final Kind kind;
  private final NwsProblem problem;
  private final Duration retryAfter;

  public NwsException(Kind kind, NwsProblem problem, Duration retryAfter, Throwable cause) {
    super(describe(problem), cause);
    this.kind = kind;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  public Kind kind() {
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
