package dev.weather.workflow;

import com.google.protobuf.Timestamp;
import dev.weather.activities.NwsFailures;
import dev.weather.forecast.Causes;
import dev.weather.forecast.NwsProblem;
import dev.weather.forecast.WeatherReport;
import dev.weather.workflow.RunProgress.Step;
import dev.weather.workflow.RunProgress.StepState;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.HistoryEventFilterType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.history.v1.WorkflowExecutionFailedEventAttributes;
import io.temporal.api.query.v1.WorkflowQuery;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.api.workflowservice.v1.QueryWorkflowRequest;
import io.temporal.api.workflowservice.v1.QueryWorkflowResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.common.converter.DataConverter;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TemporalFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads where a place's latest run is, as Temporal knows it: a describe, a query while it runs, the
 * result once it has closed. Each call has a short deadline, so a page never waits on it.
 */
final class RunLook {

  /** How long each call of a look at a run may take: a describe, reading a closed run's result. */
  static final Duration DEADLINE = Duration.ofSeconds(2);

  /**
   * The query's, shorter: it waits the whole of it when no worker answers, and the describe before
   * it and the memo after must still fit in the look's own limit ({@code Reports.LOOK}, 2.5 s).
   */
  static final Duration QUERY_DEADLINE = Duration.ofMillis(1500);

  /** The workflow type of {@link WeatherWorkflow}, as Temporal names it. */
  private static final String WORKFLOW_TYPE = "WeatherWorkflow";

  /** The name of {@link WeatherWorkflow#progress()} as a query type. */
  private static final String PROGRESS_QUERY = "progress";

  private static final Logger log = LoggerFactory.getLogger(ForecastRuns.class);

  private final WorkflowClient client;

  RunLook(WorkflowClient client) {
    this.client = client;
  }

  /**
   * What the place's latest run is doing now: a describe, and a query while it runs. Each is one
   * call with a short deadline and no retries (the SDK's own retry a failing call for up to a
   * minute), so a page never waits on them.
   */
  RunState state(ReportKey key) {
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
      throw ForecastException.of(key, e);
    }
    String runId = description.getExecution().getRunId();
    if (description.getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      return new RunState.Running(
          runId,
          progress(id, runId, description),
          retries(description.getRawDescription().getPendingActivitiesList()));
    }
    try {
      // This very run: by now another may have started under the same ID.
      WorkflowStub run = client.newUntypedWorkflowStub(id, Optional.of(runId), Optional.empty());
      WeatherReport report =
          run.getResult(DEADLINE.toMillis(), TimeUnit.MILLISECONDS, WeatherReport.class);
      return new RunState.Finished(report, description.getCloseTime());
    } catch (TimeoutException | RuntimeException e) {
      return new RunState.Failed(ForecastException.of(key, e), description.getCloseTime());
    }
  }

  /**
   * The place's latest run, if it has closed with a report or for want of one: one call, for its
   * close event alone. Empty while a run is open, when there never was one, and when the last was
   * terminated or cancelled (by a person, not for want of NWS).
   */
  Optional<RunState> lastClosed(ReportKey key) {
    String id = key.workflowId();
    HistoryEvent end;
    try {
      List<HistoryEvent> events =
          service()
              .getWorkflowExecutionHistory(
                  GetWorkflowExecutionHistoryRequest.newBuilder()
                      .setNamespace(client.getOptions().getNamespace())
                      .setExecution(WorkflowExecution.newBuilder().setWorkflowId(id))
                      .setHistoryEventFilterType(
                          HistoryEventFilterType.HISTORY_EVENT_FILTER_TYPE_CLOSE_EVENT)
                      .build())
              .getHistory()
              .getEventsList();
      if (events.isEmpty()) {
        return Optional.empty(); // open: the close event is yet to come
      }
      end = events.get(events.size() - 1);
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw ForecastException.of(key, e);
    }
    Instant at =
        Instant.ofEpochSecond(end.getEventTime().getSeconds(), end.getEventTime().getNanos());
    DataConverter converter = client.getOptions().getDataConverter();
    return switch (end.getEventType()) {
      case EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED ->
          Optional.of(
              new RunState.Finished(
                  converter.fromPayloads(
                      0,
                      Optional.of(end.getWorkflowExecutionCompletedEventAttributes().getResult()),
                      WeatherReport.class,
                      WeatherReport.class),
                  at));
      case EVENT_TYPE_WORKFLOW_EXECUTION_FAILED -> {
        WorkflowExecutionFailedEventAttributes failed =
            end.getWorkflowExecutionFailedEventAttributes();
        yield Optional.of(
            new RunState.Failed(
                ForecastException.of(
                    key,
                    new WorkflowFailedException(
                        WorkflowExecution.newBuilder().setWorkflowId(id).build(),
                        WORKFLOW_TYPE,
                        end.getEventType(),
                        failed.getWorkflowTaskCompletedEventId(),
                        failed.getRetryState(),
                        converter.failureToException(failed.getFailure()))),
                at));
      }
      case EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT ->
          Optional.of(
              new RunState.Failed(
                  ForecastException.of(key, new TimeoutException("the run timed out")), at));
      default -> Optional.empty();
    };
  }

  /**
   * The steps the run published as its memo, which the server holds; none for a run begun before
   * runs published them, one yet to, or one whose memo this version cannot read.
   */
  private static List<StepState> published(WorkflowExecutionDescription description) {
    try {
      StepState[] steps =
          description.getMemo(
              WeatherWorkflowImpl.PROGRESS_MEMO, StepState[].class, StepState[].class);
      return steps == null ? List.of() : List.of(steps);
    } catch (RuntimeException unreadable) {
      // Written by another version (a step this one does not know, during a deploy): no steps.
      return List.of();
    }
  }

  /**
   * The run's own account of its steps and its report so far, by a query, which the worker that
   * last ran the workflow answers. When that worker is gone, all that is known within the deadline
   * is the steps the run published, if any. The query comes first all the same: when the worker
   * that held the run has stopped, a query is what makes Temporal give up that worker's sticky
   * queue and hand the run's next task to another worker at once, not after the sticky timeout
   * (measured: without it, a run whose worker stopped gracefully waited the 5 s out).
   */
  private RunProgress progress(String id, String runId, WorkflowExecutionDescription description) {
    try {
      QueryWorkflowResponse response =
          service(QUERY_DEADLINE)
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
          QUERY_DEADLINE,
          e.getMessage());
      return new RunProgress(published(description), null);
    }
  }

  private WorkflowServiceGrpc.WorkflowServiceBlockingStub service() {
    return service(DEADLINE);
  }

  private WorkflowServiceGrpc.WorkflowServiceBlockingStub service(Duration deadline) {
    return client
        .getWorkflowServiceStubs()
        .blockingStub()
        .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
  }

  private List<RunState.Retry> retries(List<PendingActivityInfo> pending) {
    List<RunState.Retry> retries = new ArrayList<>();
    for (PendingActivityInfo activity : pending) {
      Step step = Step.ofActivity(activity.getActivityType().getName());
      if (step == null || !activity.hasLastFailure()) {
        continue;
      }
      Exception last =
          client.getOptions().getDataConverter().failureToException(activity.getLastFailure());
      ApplicationFailure nws = Causes.find(last, ApplicationFailure.class);
      NwsProblem problem = nws == null ? null : NwsFailures.problemOf(nws);
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
}
