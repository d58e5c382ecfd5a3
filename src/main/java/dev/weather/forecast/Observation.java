package dev.weather.forecast;

import java.time.OffsetDateTime;

/**
 * What a station last reported, in the units a person chose; each value null when the station did
 * not give it. {@code feelsLike} is the heat index or wind chill, set only when it differs from the
 * temperature enough to matter. {@code windFrom} is a compass point ("NNE"); {@code icon} is NWS's
 * icon URL, read only to pick the app's own.
 */
public record Observation(
    OffsetDateTime observedAt,
    String description,
    String icon,
    Measure temperature,
    Measure feelsLike,
    Measure dewpoint,
    Integer humidity,
    Measure windSpeed,
    String windFrom,
    Measure windGust,
    Measure pressure,
    Measure visibility) {}
