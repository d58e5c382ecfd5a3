package dev.weather.workflow;

import dev.weather.activities.NwsFailures;
import dev.weather.activities.WeatherActivities;
import dev.weather.forecast.Location;
import dev.weather.forecast.NwsProblem;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.workflow.ForecastException.Reason;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Starts one {@link WeatherWorkflow} per request on the app's single {@link WorkflowClient} and waits for it. */
@Service
public class ForecastService {

  /** Room beyond the retry budget for the workflow's own tasks before Temporal gives up on it. */
  private static final Duration WORKFLOW_SLACK = Duration.ofSeconds(10);

  private static final Logger log = LoggerFactory.getLogger(ForecastService.class);

  private final WorkflowClient client;
  private final RetryBudget retry;

  public ForecastService(WorkflowClient client, RetryBudget retry) {
    this.client = client;
    this.retry = retry;
  }

  public WeatherReport report(Location location, Units units) {
    WorkflowOptions options =
        WorkflowOptions.newBuilder()
            .setTaskQueue(WeatherActivities.TASK_QUEUE)
            .setWorkflowId(workflowId(location))
            .setWorkflowExecutionTimeout(retry.total().plus(WORKFLOW_SLACK))
            .build();
    WeatherWorkflow workflow = client.newWorkflowStub(WeatherWorkflow.class, options);
    try {
      return workflow.report(new ForecastRequest(location, units, retry));
    } catch (WorkflowFailedException e) {
      throw failure(location, e);
    } catch (WorkflowException e) {
      log.warn("Temporal could not run the forecast for {}", location.slug(), e);
      throw new ForecastException(Reason.UNAVAILABLE, location, null, e);
    }
  }

  /** Unique per request, and readable in the Temporal UI: {@code forecast-47.6062,-122.3321-1f0c9a2e}. */
  static String workflowId(Location location) {
    return "forecast-" + location.slug() + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static ForecastException failure(Location location, WorkflowFailedException e) {
    if (e.getCause() instanceof ApplicationFailure app) {
      NwsProblem problem = NwsFailures.problemOf(app);
      Reason reason =
          switch (app.getType()) {
            case WeatherActivities.NOT_FOUND -> Reason.NOT_COVERED;
            case WeatherActivities.REJECTED -> Reason.REJECTED;
            default -> Reason.UNAVAILABLE;
          };
      return new ForecastException(reason, location, problem, e);
    }
    return new ForecastException(Reason.UNAVAILABLE, location, null, e);
  }
}
