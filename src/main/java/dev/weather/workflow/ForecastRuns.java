package dev.weather.workflow;

import dev.weather.activities.NwsFailures;
import dev.weather.activities.WeatherActivities;
import dev.weather.forecast.NwsProblem;
import dev.weather.forecast.WeatherReport;
import dev.weather.workflow.ForecastException.Reason;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import com.google.protobuf.Timestamp;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TemporalFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The app's side of Temporal: starts a place's run or joins the one already running, and reads a run's state.
 * Every call that may block on Temporal runs on the given executor, so no request thread waits on it.
 */
@Service
public class ForecastRuns {

  /** A closed run's result is already there; this only bounds a slow Temporal. */
  private static final Duration RESULT_WAIT = Duration.ofSeconds(2);

  /** Room beyond the retry budget for the workflow's own tasks before Temporal gives up on it. */
  private static final Duration WORKFLOW_SLACK = Duration.ofSeconds(10);

  private static final Logger log = LoggerFactory.getLogger(ForecastRuns.class);

  private final WorkflowClient client;
  private final RetryBudget retry;

  public ForecastRuns(WorkflowClient client, RetryBudget retry) {
    this.client = client;
    this.retry = retry;
  }

  /**
   * Starts the place's run, or joins the one already running under its ID (USE_EXISTING), and completes with its
   * report, or with a {@link ForecastException}. Once a run has closed, its ID may start a new one.
   */
  public CompletableFuture<WeatherReport> run(ReportKey key, Executor executor) {
    WorkflowOptions options =
        WorkflowOptions.newBuilder()
            .setTaskQueue(WeatherActivities.TASK_QUEUE)
            .setWorkflowId(key.workflowId())
            .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
            .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
            .setWorkflowExecutionTimeout(timeout())
            .build();
    return CompletableFuture.supplyAsync(
            () -> {
              WeatherWorkflow workflow = client.newWorkflowStub(WeatherWorkflow.class, options);
              WorkflowClient.start(workflow::report, new ForecastRequest(key.location(), key.units(), retry));
              return WorkflowStub.fromTyped(workflow);
            },
            executor)
        .thenCompose(run -> run.getResultAsync(timeout().toMillis(), TimeUnit.MILLISECONDS, WeatherReport.class))
        .handle(
            (report, failure) -> {
              if (failure != null) {
                throw failure(key, unwrap(failure));
              }
              return report;
            });
  }

  /** What the place's latest run is doing now: a describe, and a query while it runs. Blocks briefly. */
  public RunState state(ReportKey key) {
    String id = key.workflowId();
    WorkflowExecutionDescription description;
    try {
      description = client.newUntypedWorkflowStub(id).describe();
    } catch (WorkflowNotFoundException e) {
      return new RunState.Unknown();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return new RunState.Unknown();
      }
      throw failure(key, e);
    } catch (WorkflowException e) {
      throw failure(key, e);
    }
    String runId = description.getExecution().getRunId();
    if (description.getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      return new RunState.Running(
          runId, progress(id, runId), retries(description.getRawDescription().getPendingActivitiesList()));
    }
    try {
      // This very run: by now another may have started under the same ID.
      WorkflowStub run = client.newUntypedWorkflowStub(id, Optional.of(runId), Optional.empty());
      return new RunState.Finished(run.getResult(RESULT_WAIT.toMillis(), TimeUnit.MILLISECONDS, WeatherReport.class));
    } catch (TimeoutException | RuntimeException e) {
      return new RunState.Failed(failure(key, e));
    }
  }

  /** The run's own account of its steps; when no worker can answer the query, all that is known is that it runs. */
  private RunProgress progress(String id, String runId) {
    try {
      return client.newWorkflowStub(WeatherWorkflow.class, id, Optional.of(runId)).progress();
    } catch (RuntimeException e) {
      log.warn("No worker answered the progress query of {}: {}", id, e.toString());
      return new RunProgress(List.of(), null);
    }
  }

  private List<RunState.Retry> retries(List<PendingActivityInfo> pending) {
    List<RunState.Retry> retries = new ArrayList<>();
    for (PendingActivityInfo activity : pending) {
      RunProgress.Step step = RunProgress.Step.ofActivity(activity.getActivityType().getName());
      if (step == null || !activity.hasLastFailure()) {
        continue;
      }
      Exception last = client.getOptions().getDataConverter().failureToException(activity.getLastFailure());
      NwsProblem problem = null;
      for (Throwable t = last; t != null && problem == null; t = t.getCause()) {
        problem = t instanceof ApplicationFailure app ? NwsFailures.problemOf(app) : null;
      }
      String what = last instanceof TemporalFailure temporal ? temporal.getOriginalMessage() : last.getMessage();
      Timestamp next = activity.hasNextAttemptScheduleTime() ? activity.getNextAttemptScheduleTime() : null;
      retries.add(new RunState.Retry(step, activity.getAttempt(),
          next == null ? null : Instant.ofEpochSecond(next.getSeconds(), next.getNanos()), problem, what));
    }
    return retries;
  }

  private Duration timeout() {
    return retry.total().plus(WORKFLOW_SLACK);
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
  }

  /** A run's failure as the reason a person is given; anything but an NWS verdict means NWS or Temporal is away. */
  public static ForecastException failure(ReportKey key, Throwable e) {
    if (e instanceof ForecastException known) {
      return known;
    }
    if (e instanceof WorkflowFailedException failed && failed.getCause() instanceof ApplicationFailure app) {
      NwsProblem problem = NwsFailures.problemOf(app);
      Reason reason =
          switch (app.getType()) {
            case WeatherActivities.NOT_FOUND -> Reason.NOT_COVERED;
            case WeatherActivities.REJECTED -> Reason.REJECTED;
            default -> Reason.UNAVAILABLE;
          };
      return new ForecastException(reason, key.location(), problem, e);
    }
    if (!(e instanceof WorkflowFailedException)) {
      log.warn("Temporal could not run the forecast {}: {}", key.workflowId(), e.toString());
    }
    return new ForecastException(Reason.UNAVAILABLE, key.location(), null, e);
  }
}
