package dev.weather.activities;

import dev.weather.forecast.NwsProblem;
import dev.weather.nws.NwsException;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;

/** NWS failures as Temporal failures and back: the type says what happened, the detail is the NWS problem. */
public final class NwsFailures {

  private NwsFailures() {}

  /**
   * Whether Temporal retries is decided here, by what NWS said; a Retry-After replaces the backoff once. NWS failing
   * is expected, so the failure is benign: the SDK logs it at debug, without the stack trace it prints otherwise,
   * and the activity logs one line of its own.
   */
  static ApplicationFailure toFailure(NwsException e) {
    int status = e.problem().status();
    String type =
        e.isTransient()
            ? WeatherActivities.UNAVAILABLE
            : status == 404 ? WeatherActivities.NOT_FOUND : WeatherActivities.REJECTED;
    ApplicationFailure.Builder failure =
        ApplicationFailure.newBuilder()
            .setType(type)
            .setMessage(e.getMessage())
            .setDetails(e.problem())
            .setNonRetryable(!e.isTransient())
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
