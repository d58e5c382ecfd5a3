package dev.weather.workflow;

import dev.weather.activities.NwsFailures;
import dev.weather.activities.WeatherActivities;
import dev.weather.forecast.Causes;
import dev.weather.forecast.NwsFault;
import dev.weather.forecast.NwsProblem;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.CompletablePromise;
import io.temporal.workflow.Functions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * How a run calls NWS: every call within what is left of one retry budget, through regular
 * activities or, first, as a local activity. Workflow code.
 */
final class NwsCalls {

  /**
   * NWS answers no retry can change: Temporal does not retry them, and a run passes them on as they
   * are. A malformed answer becomes final too, after a few attempts, when the activity marks it
   * non-retryable.
   */
  private static final String[] FINAL =
      Stream.of(NwsFault.values())
          .filter(NwsFault::isFinal)
          .map(NwsFault::type)
          .toArray(String[]::new);

  private final RetryBudget retry;
  private final long deadlineMillis;

  /** Calls allowed {@code retry}'s total from now. */
  NwsCalls(RetryBudget retry) {
    this.retry = retry;
    this.deadlineMillis = Workflow.currentTimeMillis() + retry.total().toMillis();
  }

  /**
   * Starts one NWS call with {@code start} as the budget says: through regular activities only, or
   * first as a local activity (in the workflow task, no trip through the server) and, when that
   * attempt fails in a way worth retrying, through regular activities, which the progress page can
   * follow. A Retry-After from the local attempt is waited out first. Either way the call is
   * scheduled at once, so runs replay as they were recorded.
   */
  <T> Promise<T> call(Functions.Func1<WeatherActivities, Promise<T>> start) {
    return call(start, false);
  }

  /**
   * As {@link #call(Functions.Func1)}, for an activity that {@code heartbeats} between its NWS
   * calls: it gets a heartbeat timeout, without which the SDK would send its heartbeats, and learn
   * of a cancellation, only every 30 s.
   */
  <T> Promise<T> call(Functions.Func1<WeatherActivities, Promise<T>> start, boolean heartbeats) {
    if (!retry.localFirstAttempt()) {
      return start.apply(activities(heartbeats));
    }
    CompletablePromise<T> result = Workflow.newPromise();
    start
        .apply(localActivities())
        .handle(
            (value, failure) -> {
              if (failure == null) {
                result.complete(value);
              } else if (failure.getCause() instanceof ApplicationFailure app && isFinal(app)) {
                result.completeExceptionally(failure);
              } else {
                result.completeFrom(retried(start, heartbeats, failure));
              }
              return null;
            });
    return result;
  }

  /** The call again as regular activities, after the Retry-After of the local attempt, if any. */
  private <T> Promise<T> retried(
      Functions.Func1<WeatherActivities, Promise<T>> start,
      boolean heartbeats,
      RuntimeException localFailure) {
    Duration retryAfter =
        localFailure.getCause() instanceof ApplicationFailure app ? app.getNextRetryDelay() : null;
    Promise<Void> pause =
        retryAfter == null ? Workflow.newPromise(null) : Workflow.newTimer(retryAfter);
    return pause.thenCompose(ignored -> start.apply(activities(heartbeats)));
  }

  /** A stub for one attempt as a local activity, within what is left of the budget. */
  private WeatherActivities localActivities() {
    Duration left = budgetLeft();
    LocalActivityOptions options =
        LocalActivityOptions.newBuilder()
            .setStartToCloseTimeout(min(retry.attemptTimeout(), left))
            .setScheduleToCloseTimeout(left)
            .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
            .build();
    return Workflow.newLocalActivityStub(WeatherActivities.class, options);
  }

  /**
   * Activity stubs allowed what is left of the budget, retrying transient NWS failures within it.
   */
  private WeatherActivities activities(boolean heartbeats) {
    Duration left = budgetLeft();
    Duration attempt = min(retry.attemptTimeout(), left);
    ActivityOptions options =
        ActivityOptions.newBuilder()
            .setStartToCloseTimeout(attempt)
            // As long as the attempt: one NWS call between two heartbeats may take nearly all of
            // it.
            .setHeartbeatTimeout(heartbeats ? attempt : Duration.ZERO)
            .setScheduleToCloseTimeout(left)
            .setRetryOptions(
                RetryOptions.newBuilder()
                    .setInitialInterval(retry.initialInterval())
                    .setBackoffCoefficient(retry.backoffCoefficient())
                    .setMaximumInterval(retry.maximumInterval())
                    .setDoNotRetry(FINAL)
                    .build())
            .build();
    return Workflow.newActivityStub(WeatherActivities.class, options);
  }

  /** What is left of the budget; when nothing is, the run ends as NWS not answering in time. */
  private Duration budgetLeft() {
    Duration left = Duration.ofMillis(deadlineMillis - Workflow.currentTimeMillis());
    if (left.toMillis() <= 0) {
      throw unavailable(null);
    }
    return left;
  }

  /**
   * A final NWS answer (404, another 4xx) passes on as it is; anything else means the budget ran
   * out while NWS kept failing, reported with the last NWS problem seen so the page can quote its
   * correlation id.
   */
  static ApplicationFailure verdict(ActivityFailure failure) {
    ApplicationFailure last = Causes.find(failure.getCause(), ApplicationFailure.class);
    NwsProblem problem = last == null ? null : NwsFailures.problemOf(last);
    if (last != null && isFinal(last)) {
      return ApplicationFailure.newNonRetryableFailure(
          last.getOriginalMessage(), last.getType(), problem);
    }
    return unavailable(problem);
  }

  private static boolean isFinal(ApplicationFailure failure) {
    return failure.isNonRetryable() || NwsFault.ofType(failure.getType()).isFinal();
  }

  private static ApplicationFailure unavailable(NwsProblem problem) {
    return ApplicationFailure.newNonRetryableFailure(
        "NWS did not answer within the retry budget", NwsFault.UNAVAILABLE.type(), problem);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
