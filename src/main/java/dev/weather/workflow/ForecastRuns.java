package dev.weather.workflow;

import com.google.protobuf.Timestamp;
import dev.weather.activities.NwsFailures;
import dev.weather.activities.WeatherActivities;
import dev.weather.forecast.NwsProblem;
import dev.weather.forecast.WeatherReport;
import dev.weather.workflow.ForecastException.Reason;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.api.query.v1.WorkflowQuery;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.api.workflowservice.v1.QueryWorkflowRequest;
import io.temporal.api.workflowservice.v1.QueryWorkflowResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The app's side of Temporal: starts a place's run or joins the one already running, and reads a
 * run's state. Every call that may block on Temporal runs on the given executor, so no request
 * thread waits on it.
 */
@Service
public class ForecastRuns {

  /** How long a look at a run may take: a describe, a query, reading a closed run's result. */
  static final Duration DEADLINE = Duration.ofSeconds(2);

  /** The name of {@link WeatherWorkflow#progress()} as a query type. */
  private static final String PROGRESS_QUERY = "progress";

  /** Room beyond the retry budget for the workflow's own tasks before Temporal gives up on it. */
  private static final Duration WORKFLOW_SLACK = Duration.ofSeconds(10);

  private static final Logger log = LoggerFactory.getLogger(ForecastRuns.class);

  private final WorkflowClient client;
  private final RetryBudget retry;
  private final RunGate gate;
  private final String taskQueue;

  /**
   * Runs start through the client this app's worker factory was built on: only a start through that
   * client can hand the run's first workflow task straight to the local worker (eager start). Where
   * the starter runs a test environment of its own ({@code spring.temporal.test-server.enabled},
   * which this app does not use), its {@code WorkflowClient} bean is another client, through which
   * no start is ever eager.
   */
  @Autowired
  public ForecastRuns(
      WorkflowClient client,
      ObjectProvider<WorkerFactory> workers,
      RetryBudget retry,
      ObjectProvider<RunGate> gate,
      WeatherTemporalProperties temporal) {
    this(
        Optional.ofNullable(workers.getIfAvailable())
            .map(WorkerFactory::getWorkflowClient)
            .orElse(client),
        retry,
        gate.getIfAvailable(() -> RunGate.OPEN),
        temporal.taskQueue());
  }

  public ForecastRuns(WorkflowClient client, RetryBudget retry, RunGate gate, String taskQueue) {
    this.client = client;
    this.retry = retry;
    this.gate = gate;
    this.taskQueue = taskQueue;
  }

  /**
   * Starts the place's run, or joins the one already running under its ID (USE_EXISTING), and
   * completes with its report, or with a {@link ForecastException}; or, once this instance is
   * stopping, with a {@link CancellationException}: it no longer waits for the run, which Temporal
   * carries on. Once a run has closed, its ID may start a new one.
   */
  public CompletableFuture<WeatherReport> run(ReportKey key, Executor executor) {
    WorkflowOptions options =
        WorkflowOptions.newBuilder()
            .setTaskQueue(taskQueue)
            .setWorkflowId(key.workflowId())
            .setWorkflowIdConflictPolicy(
                WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
            .setWorkflowIdReusePolicy(
                WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
            .setWorkflowExecutionTimeout(timeout())
            // The start carries the first workflow task to this instance's worker, saving a poll's
            // round trip.
            .setDisableEagerExecution(false)
            .build();
    return CompletableFuture.supplyAsync(
            () -> {
              gate.enter();
              try {
                WeatherWorkflow workflow = client.newWorkflowStub(WeatherWorkflow.class, options);
                WorkflowClient.start(
                    workflow::report, new ForecastRequest(key.location(), key.units(), retry));
                return WorkflowStub.fromTyped(workflow);
              } catch (RuntimeException e) {
                gate.leave();
                throw e;
              }
            },
            executor)
        .thenCompose(
            run ->
                run.getResultAsync(timeout().toMillis(), TimeUnit.MILLISECONDS, WeatherReport.class)
                    .whenComplete((report, failure) -> gate.leave()))
        .handle(
            (report, failure) -> {
              if (failure != null && client.getWorkflowServiceStubs().isShutdown()) {
                // Not the run's failure: this instance's connection to Temporal is closing.
                throw new CancellationException(
                    "this instance stopped waiting for " + key.workflowId());
              }
              if (failure != null) {
                throw failure(key, unwrap(failure));
              }
              return report;
            });
  }

  /**
   * What the place's latest run is doing now: a describe, and a query while it runs. Each is one
   * call with a short deadline and no retries (the SDK's own retry a failing call for up to a
   * minute), so a page never waits on them.
   */
  public RunState state(ReportKey key) {
    String id = key.workflowId();
    WorkflowExecutionDescription description;
    try {
      DescribeWorkflowExecutionResponse response =
          service()
              .describeWorkflowExecution(
                  DescribeWorkflowExecutionRequest.newBuilder()
                      .setNamespace(client.getOptions().getNamespace())
                      .setExecution(WorkflowExecution.newBuilder().setWorkflowId(id))
                      .build());
      description =
          new WorkflowExecutionDescription(response, client.getOptions().getDataConverter());
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return new RunState.Unknown();
      }
      throw failure(key, e);
    }
    String runId = description.getExecution().getRunId();
    if (description.getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      return new RunState.Running(
          runId,
          progress(id, runId),
          retries(description.getRawDescription().getPendingActivitiesList()));
    }
    try {
      // This very run: by now another may have started under the same ID.
      WorkflowStub run = client.newUntypedWorkflowStub(id, Optional.of(runId), Optional.empty());
      WeatherReport report =
          run.getResult(DEADLINE.toMillis(), TimeUnit.MILLISECONDS, WeatherReport.class);
      return new RunState.Finished(report, description.getCloseTime());
    } catch (TimeoutException | RuntimeException e) {
      return new RunState.Failed(failure(key, e));
    }
  }

  /**
   * The run's own account of its steps. A query is answered by the worker that last ran the
   * workflow; when that worker is gone, all that is known within the deadline is that the run goes
   * on.
   */
  private RunProgress progress(String id, String runId) {
    try {
      QueryWorkflowResponse response =
          service()
              .queryWorkflow(
                  QueryWorkflowRequest.newBuilder()
                      .setNamespace(client.getOptions().getNamespace())
                      .setExecution(
                          WorkflowExecution.newBuilder().setWorkflowId(id).setRunId(runId))
                      .setQuery(WorkflowQuery.newBuilder().setQueryType(PROGRESS_QUERY))
                      .build());
      return client
          .getOptions()
          .getDataConverter()
          .fromPayloads(
              0, Optional.of(response.getQueryResult()), RunProgress.class, RunProgress.class);
    } catch (RuntimeException e) {
      log.warn(
          "No worker answered the progress query of {} within {}: {}",
          id,
          DEADLINE,
          e.getMessage());
      return new RunProgress(List.of(), null);
    }
  }

  private WorkflowServiceGrpc.WorkflowServiceBlockingStub service() {
    return client
        .getWorkflowServiceStubs()
        .blockingStub()
        .withDeadlineAfter(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
  }

  private List<RunState.Retry> retries(List<PendingActivityInfo> pending) {
    List<RunState.Retry> retries = new ArrayList<>();
    for (PendingActivityInfo activity : pending) {
      RunProgress.Step step = RunProgress.Step.ofActivity(activity.getActivityType().getName());
      if (step == null || !activity.hasLastFailure()) {
        continue;
      }
      Exception last =
          client.getOptions().getDataConverter().failureToException(activity.getLastFailure());
      NwsProblem problem = null;
      for (Throwable t = last; t != null && problem == null; t = t.getCause()) {
        problem = t instanceof ApplicationFailure app ? NwsFailures.problemOf(app) : null;
      }
      String what =
          last instanceof TemporalFailure temporal
              ? temporal.getOriginalMessage()
              : last.getMessage();
      Timestamp next =
          activity.hasNextAttemptScheduleTime() ? activity.getNextAttemptScheduleTime() : null;
      retries.add(
          new RunState.Retry(
              step,
              activity.getAttempt(),
              next == null ? null : Instant.ofEpochSecond(next.getSeconds(), next.getNanos()),
              problem,
              what));
    }
    return retries;
  }

  private Duration timeout() {
    return retry.total().plus(WORKFLOW_SLACK);
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  /**
   * A run's failure as the reason a person is given; anything but an NWS verdict means NWS or
   * Temporal is away.
   */
  public static ForecastException failure(ReportKey key, Throwable e) {
    if (e instanceof ForecastException known) {
      return known;
    }
    if (e instanceof WorkflowFailedException failed
        && failed.getCause() instanceof ApplicationFailure app) {
      NwsProblem problem = NwsFailures.problemOf(app);
      Reason reason =
          switch (app.getType()) {
            case WeatherActivities.NOT_FOUND -> Reason.NOT_COVERED;
            case WeatherActivities.REJECTED -> Reason.REJECTED;
            case WeatherActivities.MALFORMED, WeatherActivities.MISDIRECTED -> Reason.MALFORMED;
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
