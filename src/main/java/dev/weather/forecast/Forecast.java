package dev.weather.forecast;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What the page shows: where, which NWS office and grid, in which time zone, when updated, the
 * periods, and NWS's sunrise and sunset for the day its points answer was fetched (null for a bare
 * grid or when NWS gives none).
 */
public record Forecast(
    String label,
    GridPoint grid,
    ZoneId timeZone,
    OffsetDateTime generatedAt,
    OffsetDateTime updateTime,
    List<ForecastPeriod> periods,
    Daylight daylight) {

  public Forecast {
    periods = List.copyOf(periods);
  }
}
