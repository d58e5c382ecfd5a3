package dev.weather.web;

import java.time.Duration;

/** A client asked more often than it may; it may ask again after {@code retryAfter}. */
class TooManyRequestsException extends RuntimeException {

  private final Duration retryAfter;

  TooManyRequestsException(Duration retryAfter) {
    super(null, null, false, false);
    this.retryAfter = retryAfter;
  }

  /** Whole seconds, at least one, as Retry-After counts them. */
  long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
