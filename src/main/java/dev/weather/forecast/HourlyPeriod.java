package dev.weather.forecast;

import java.time.Duration;
import java.time.Instant;
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
    String shortForecast) {

  /** When the hour ends: NWS's end, or an hour after its start when NWS gives none. */
  public Instant end() {
    return endTime == null ? startTime.toInstant().plus(Duration.ofHours(1)) : endTime.toInstant();
  }
}
