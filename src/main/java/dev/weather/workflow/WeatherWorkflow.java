package dev.weather.workflow;

import dev.weather.forecast.Forecast;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Fetches an NWS forecast for a location. Fails with an {@link io.temporal.failure.ApplicationFailure} whose type is
 * one of {@link dev.weather.activities.WeatherActivities}'s failure types and whose detail is the NWS problem.
 */
@WorkflowInterface
public interface WeatherWorkflow {

  @WorkflowMethod
  Forecast forecast(ForecastRequest request);
}
