package dev.weather.workflow;

import dev.weather.forecast.WeatherReport;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
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

  /** Room beyond the retry budget for the workflow's own tasks before Temporal gives up on it. */
  private static final Duration WORKFLOW_SLACK = Duration.ofSeconds(10);

  private final WorkflowClient client;
  private final RetryBudget retry;
  private final RunGate gate;
  private final String taskQueue;
  private final RunLook look;

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
    this.look = new RunLook(client);
  }

  /**
   * Starts the place's run, or joins the one already running under its ID (USE_EXISTING), and
   * completes with its report, or with a {@link ForecastException}; or, once this instance is
   * stopping, with a {@link CancellationException}: it no longer waits for the run, which Temporal
   * carries on. Once a run has closed, its ID may start a new one.
   */
  public CompletableFuture<WeatherReport> run(ReportKey key, Executor executor) {
    return CompletableFuture.supplyAsync(() -> start(key), executor)
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
                throw ForecastException.of(key, failure);
              }
              return report;
            });
  }

  /** Starts the place's run, or finds the one open; inside the gate until the run's result. */
  private WorkflowStub start(ReportKey key) {
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
  }

  /**
   * What the place's latest run is doing now: a describe, and a query while it runs. Each is one
   * call with a short deadline and no retries (the SDK's own retry a failing call for up to a
   * minute), so a page never waits on them.
   */
  public RunState state(ReportKey key) {
    return look.state(key);
  }

  /**
   * The place's latest run if it has closed with a report or without one, and when: one call, with
   * the look's short deadline.
   */
  public Optional<RunState> lastClosed(ReportKey key) {
    return look.lastClosed(key);
  }

  private Duration timeout() {
    return retry.total().plus(WORKFLOW_SLACK);
  }
}
