package dev.weather.forecast;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The forecast NWS issued for one grid cell. */
public record GridForecast(
    OffsetDateTime generatedAt, OffsetDateTime updateTime, List<ForecastPeriod> periods) {

  public GridForecast {
    periods = List.copyOf(periods);
  }

  /** The same forecast without the periods that are already over. */
  public GridForecast withoutPeriodsEndedBy(Instant now) {
    return new GridForecast(
        generatedAt, updateTime, periods.stream().filter(p -> !p.hasEndedBy(now)).toList());
  }
}
