package dev.weather.activities;

import dev.weather.nws.NwsClient;
import dev.weather.nws.NwsException;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NWS calls inside a Temporal activity's attempt: they end before the attempt does, heartbeat
 * between them, and fail as one logged line and a typed Temporal failure.
 */
final class Attempts {

  /** At most this much of an attempt is kept to report its result in. */
  private static final Duration REPORT_MARGIN = Duration.ofMillis(250);

  private static final Logger log = LoggerFactory.getLogger(WeatherActivitiesImpl.class);

  private final NwsClient nws;

  Attempts(NwsClient nws) {
    this.nws = nws;
  }

  /**
   * One NWS call, ended before its attempt is; a failure is logged on one line and leaves as a
   * typed Temporal failure.
   */
  <T> T call(String what, Supplier<T> nwsCall) {
    try {
      return inAttempt(nwsCall);
    } catch (NwsException e) {
      logFailure(what, e);
      throw NwsFailures.toFailure(e, Activity.getExecutionContext().getInfo().getAttempt());
    }
  }

  /**
   * Runs {@code calls} in the time this attempt has for NWS: its start-to-close, less a moment to
   * report the result in before Temporal times the attempt out. Temporal does not stop an attempt
   * it timed out; the deadline does, so an attempt never calls NWS beside its own retry.
   */
  <T> T inAttempt(Supplier<T> calls) {
    Duration attempt =
        context().map(c -> c.getInfo().getStartToCloseTimeout()).orElse(Duration.ZERO);
    if (attempt.isZero()) {
      // Only a test's activity environment leaves it unset (a Temporal server always sets one), or
      // a direct call.
      return calls.get();
    }
    Duration margin = attempt.dividedBy(10);
    return nws.within(
        attempt.minus(margin.compareTo(REPORT_MARGIN) < 0 ? margin : REPORT_MARGIN), calls);
  }

  /**
   * Before each of several NWS calls: a cancellation, or the worker's shutdown, stops the activity
   * here.
   */
  static void heartbeat(String next) {
    context().ifPresent(c -> c.heartbeat(next));
  }

  /**
   * The activity this call runs as; none when the bean is called directly, as the benchmark's floor
   * does (it gathers reports without Temporal).
   */
  private static Optional<ActivityExecutionContext> context() {
    try {
      return Optional.of(Activity.getExecutionContext());
    } catch (IllegalStateException notAnActivity) {
      return Optional.empty();
    }
  }

  static void logFailure(String what, NwsException e) {
    ActivityInfo info = Activity.getExecutionContext().getInfo();
    log.warn(
        "NWS {} failed, attempt {} of {}: {}",
        what,
        info.getAttempt(),
        info.getWorkflowId(),
        e.problem().logText());
  }
}
