package dev.weather.web;

import java.time.Duration;

/**
 * A client asked for suggestions more than {@code perSecond} times a second; it may ask again after
 * {@code retryAfter}.
 */
class TooManyRequestsException extends RuntimeException {

  private final Duration retryAfter;
  private final int perSecond;

  TooManyRequestsException(Duration retryAfter, int perSecond) {
    super(null, null, false, false);
    this.retryAfter = retryAfter;
    this.perSecond = perSecond;
  }

  int perSecond() {
    return perSecond;
  }

  /** Whole seconds, at least one, as Retry-After counts them. */
  long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
