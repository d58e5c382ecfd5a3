package dev.weather.activities;

import dev.weather.forecast.NwsProblem;
import dev.weather.nws.NwsException;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;

/** NWS failures as Temporal failures and back: the type says what happened, the detail is the NWS problem. */
public final class NwsFailures {

  private NwsFailures() {}

  /** Attempts at most for an answer we cannot use: NWS may have sent a bad copy, but not for the whole budget. */
  static final int MALFORMED_ATTEMPTS = 3;

  /**
   * Whether Temporal retries is decided here, by what NWS said and how often it said it; a Retry-After replaces the
   * backoff once. NWS failing is expected, so the failure is benign: the SDK logs it at debug, without the stack
   * trace it prints otherwise, and the activity logs one line of its own.
   */
  static ApplicationFailure toFailure(NwsException e, int attempt) {
    String type =
        switch (e.kind()) {
          case UNAVAILABLE -> WeatherActivities.UNAVAILABLE;
          case NOT_FOUND -> WeatherActivities.NOT_FOUND;
          case REJECTED -> WeatherActivities.REJECTED;
          case MALFORMED, MISDIRECTED -> WeatherActivities.MALFORMED;
        };
    boolean retry =
        switch (e.kind()) {
          case UNAVAILABLE -> true;
          case MALFORMED -> attempt < MALFORMED_ATTEMPTS;
          case NOT_FOUND, REJECTED, MISDIRECTED -> false;
        };
    ApplicationFailure.Builder failure =
        ApplicationFailure.newBuilder()
            .setType(type)
            .setMessage(e.getMessage())
            .setDetails(e.problem())
            .setNonRetryable(!retry)
            .setCategory(ApplicationErrorCategory.BENIGN);
    if (e.retryAfter() != null) {
      failure.setNextRetryDelay(e.retryAfter());
    }
    return failure.build();
  }

  /** The NWS problem a failure carries, or null. */
  public static NwsProblem problemOf(ApplicationFailure failure) {
    return failure.getDetails().getSize() == 0 ? null : failure.getDetails().get(NwsProblem.class);
  }
}
