package dev.weather.workflow;

import dev.weather.forecast.Forecast;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.Location;
import dev.weather.forecast.PointInfo;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A grid cell's 12-hour forecast, named and timed for the place a run was asked about. */
final class PlacedForecast {

  private PlacedForecast() {}

  /**
   * Named and zoned as the point resolved ({@code point}); for a bare grid ({@code point} null),
   * "NWS grid BOX 70,82" at the forecast's own UTC offset.
   */
  static Forecast of(GridForecast periods, PointInfo point, Location location) {
    GridPoint grid = point == null ? location.grid() : point.grid();
    String label = point == null ? "NWS grid " + grid : point.label();
    ZoneId zone = point != null && point.timeZone() != null ? point.timeZone() : zoneOf(periods);
    return new Forecast(
        label,
        grid,
        zone,
        periods.generatedAt(),
        periods.updateTime(),
        periods.periods(),
        point == null ? null : point.daylight());
  }

  /** A grid alone has no time zone; the forecast's own UTC offset is the next best thing. */
  private static ZoneId zoneOf(GridForecast forecast) {
    return forecast.periods().isEmpty()
        ? ZoneOffset.UTC
        : forecast.periods().get(0).startTime().getOffset();
  }
}
