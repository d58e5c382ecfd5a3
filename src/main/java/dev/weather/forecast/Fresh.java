package dev.weather.forecast;

import java.time.Instant;

/**
 * An answer from NWS and until when it stays fresh, as NWS's own caching headers said (within the
 * app's bounds). It travels through Temporal with the answer, so the web layer can cache what the
 * workflow gathered.
 */
public record Fresh<T>(T value, Instant until) {

  /** The earlier of two instants: a report is only as fresh as its stalest part. */
  public static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** The same answer, fresh no later than {@code limit}. */
  public Fresh<T> notPast(Instant limit) {
    return new Fresh<>(value, earliest(until, limit));
  }
}
