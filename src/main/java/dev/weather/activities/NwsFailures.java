package dev.weather.activities;

import dev.weather.forecast.NwsFault;
import dev.weather.forecast.NwsProblem;
import dev.weather.nws.NwsException;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;

/**
 * NWS failures as Temporal failures and back: the type says what happened, the detail is the NWS
 * problem.
 */
public final class NwsFailures {

  private NwsFailures() {}

  /**
   * Attempts at most for an answer we cannot use: NWS may have sent a bad copy, but not for the
   * whole budget.
   */
  static final int MALFORMED_ATTEMPTS = 3;

  /**
   * The type says what NWS did; which types are final is the workflow's retry policy. Only a
   * malformed answer is made final here, after {@link #MALFORMED_ATTEMPTS}, a count a retry policy
   * cannot keep per type. A Retry-After replaces the backoff once. NWS failing is expected, so the
   * failure is benign: the SDK logs it at debug, without the stack trace it prints otherwise, and
   * the activity logs one line of its own.
   */
  static ApplicationFailure toFailure(NwsException e, int attempt) {
    ApplicationFailure.Builder failure =
        ApplicationFailure.newBuilder()
            .setType(e.kind().type())
            .setMessage(e.getMessage())
            .setDetails(e.problem())
            .setNonRetryable(e.kind() == NwsFault.MALFORMED && attempt >= MALFORMED_ATTEMPTS)
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
