package dev.weather.forecast;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One period of an NWS forecast ("Tonight", "Wednesday"). The tutorial's fields plus number,
 * isDaytime, chance of precipitation (null when NWS gives none) and the NWS icon URL.
 */
public record ForecastPeriod(
    int number,
    String name,
    OffsetDateTime startTime,
    OffsetDateTime endTime,
    boolean isDaytime,
    Integer temperature,
    String temperatureUnit,
    String windSpeed,
    String windDirection,
    Integer probabilityOfPrecipitation,
    String icon,
    String shortForecast,
    String detailedForecast) {

  public boolean hasEndedBy(Instant now) {
    return !endTime.toInstant().isAfter(now);
  }
}
