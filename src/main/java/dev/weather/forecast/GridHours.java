package dev.weather.forecast;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * NWS's raw grid for one cell, hour by hour, in time order: the detail the 12-hour and hourly
 * forecasts leave out (feels-like temperatures, gusts, sky cover, the chance of thunder, the kind
 * of weather) and how much rain, snow and ice falls ({@link Amounts}). Past hours of the day are
 * included, as NWS sends them. {@code updateTime} is when NWS last updated the grid.
 */
public record GridHours(OffsetDateTime updateTime, List<GridHour> hours) {

  public GridHours {
    hours = List.copyOf(hours);
  }
}
