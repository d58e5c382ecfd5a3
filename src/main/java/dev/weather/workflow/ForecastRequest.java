package dev.weather.workflow;

import dev.weather.forecast.Location;
import dev.weather.forecast.Units;

/** The workflow's input: where, in which units, and under which retry budget. */
public record ForecastRequest(Location location, Units units, RetryBudget retry) {}
