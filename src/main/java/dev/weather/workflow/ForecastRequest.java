package dev.weather.workflow;

import dev.weather.forecast.Location;

/** The workflow's input: where, and under which retry budget. */
public record ForecastRequest(Location location, RetryBudget retry) {}
