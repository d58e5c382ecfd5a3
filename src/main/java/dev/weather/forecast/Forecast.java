package dev.weather.forecast;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** What the page shows: where, which NWS office and grid, in which time zone, when issued, and the periods. */
public record Forecast(
    String label,
    GridPoint grid,
    ZoneId timeZone,
    OffsetDateTime generatedAt,
    OffsetDateTime updateTime,
    List<ForecastPeriod> periods) {

  public Forecast {
    periods = List.copyOf(periods);
  }
}
