/**
 * The durable part: {@link dev.weather.workflow.WeatherWorkflow} orders the NWS activities under
 * one retry budget and tells its progress, and {@link dev.weather.workflow.ForecastRuns} is how the
 * app starts or joins a place's one run ({@link dev.weather.workflow.ReportKey} names it) and reads
 * its state.
 */
package dev.weather.workflow;
