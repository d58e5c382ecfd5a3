package dev.weather.forecast;

import java.time.OffsetDateTime;

/** One hour of NWS's hourly forecast. */
public record HourlyPeriod(
    OffsetDateTime startTime,
    OffsetDateTime endTime,
    boolean isDaytime,
    Integer temperature,
    String temperatureUnit,
    Integer probabilityOfPrecipitation,
    String windSpeed,
    String windDirection,
    String shortForecast) {}
