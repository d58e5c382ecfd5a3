package dev.weather.workflow;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How hard a forecast request tries NWS: each attempt may take {@code attemptTimeout}; failed
 * attempts are retried after {@code initialInterval}, growing by {@code backoffCoefficient} up to
 * {@code maximumInterval}; and all attempts of a request together end after {@code total}, so a
 * person waits at most that long for a verdict.
 *
 * <p>With {@code localFirstAttempt}, each step's first attempt runs as a local activity, in the
 * workflow task, with no trip through the server; a retry is a regular activity, so the progress
 * page shows its attempts. Off by default: a local attempt keeps its workflow task open, and a
 * query for the run's progress waits for that task, so the progress page would stall while NWS is
 * slow, for a few milliseconds saved when it is fast (docs/BENCHMARKS.md).
 *
 * <p>It travels in the workflow input, so each workflow keeps the policy it started with in its
 * history.
 */
@Validated
@ConfigurationProperties("weather.retry")
public record RetryBudget(
    @NotNull @DefaultValue("5s") Duration attemptTimeout,
    @NotNull @DefaultValue("1s") Duration initialInterval,
    @DecimalMin("1.0") @DefaultValue("2.0") double backoffCoefficient,
    @NotNull @DefaultValue("10s") Duration maximumInterval,
    @NotNull @DefaultValue("30s") Duration total,
    @DefaultValue("false") boolean localFirstAttempt) {

  @ConstructorBinding
  public RetryBudget {}

  /** Every attempt a regular activity. */
  public RetryBudget(
      Duration attemptTimeout,
      Duration initialInterval,
      double backoffCoefficient,
      Duration maximumInterval,
      Duration total) {
    this(attemptTimeout, initialInterval, backoffCoefficient, maximumInterval, total, false);
  }
}
