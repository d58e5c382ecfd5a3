package dev.weather.forecast;

import java.time.OffsetDateTime;

/**
 * One hour of the last day at a station: its hourly reading, in the units a person chose, each
 * value null when the station did not give it. {@code precipitation} fell in the hour before the
 * reading (a depth: inches or millimetres); {@code windFrom} is a compass point ("NNE").
 */
public record PastHour(
    OffsetDateTime observedAt,
    String description,
    Measure temperature,
    Measure windSpeed,
    String windFrom,
    Measure windGust,
    Measure precipitation) {}
