/**
 * The durable part: {@link dev.weather.workflow.WeatherWorkflow} orders the NWS activities under one retry budget,
 * and {@link dev.weather.workflow.ForecastService} is how the web layer starts it and reads its verdict.
 */
package dev.weather.workflow;
