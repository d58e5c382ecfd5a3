package dev.weather.workflow;

import dev.weather.forecast.WeatherReport;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Gathers the weather for a location: its 12-hour forecast, the next 48 hours and the active
 * alerts. Only the 12-hour forecast is essential: when it cannot be had, the workflow fails with an
 * {@link io.temporal.failure.ApplicationFailure} whose type is one of {@link
 * dev.weather.activities.WeatherActivities}'s failure types and whose detail is the NWS problem.
 */
@WorkflowInterface
public interface WeatherWorkflow {

  @WorkflowMethod
  WeatherReport report(ForecastRequest request);

  /** Each step's state, and the report so far once the 12-hour forecast is in. */
  @QueryMethod
  RunProgress progress();
}
