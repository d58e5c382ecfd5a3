package dev.weather.web.view;

import dev.weather.forecast.ForecastPeriod;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.Units;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One day of the 7-day forecast: its daytime period and the night after it; either may be missing
 * at the ends. {@code amounts} is what falls over both ({@link AmountsText}), null when nothing
 * does or NWS forecasts no amounts that far ahead.
 */
record DayView(String name, Half day, Half night, String amounts) {

  /** A day or night period, ready to print. */
  record Half(
      String name,
      String icon,
      String temperature,
      String shortForecast,
      String wind,
      Integer chanceOfPrecipitation,
      String detailedForecast,
      String start,
      String end) {

    static Half of(ForecastPeriod p, ZoneId zone) {
      return new Half(
          p.name(),
          Icons.of(p.icon(), p.isDaytime()),
          p.temperature() == null ? "–" : p.temperature() + "°" + p.temperatureUnit(),
          p.shortForecast(),
          // A card prints nothing for a value NWS does not give (the chart's table says "calm").
          p.windDirection() == null && p.windSpeed() == null
              ? null
              : Wind.text(p.windDirection(), p.windSpeed()),
          p.probabilityOfPrecipitation(),
          p.detailedForecast(),
          Times.format(p.startTime(), zone, Times.WHEN),
          Times.format(p.endTime(), zone, Times.WHEN));
    }
  }

  static List<DayView> pair(List<ForecastPeriod> periods, ZoneId zone) {
    return pair(periods, zone, null, Units.US);
  }

  /**
   * Pairs each daytime period with the night that follows; a leading "Tonight" stands alone. Each
   * day's amounts are from {@code grid}, when there is one.
   */
  static List<DayView> pair(
      List<ForecastPeriod> periods, ZoneId zone, GridHours grid, Units units) {
    List<DayView> days = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      ForecastPeriod p = periods.get(i);
      ForecastPeriod next = i + 1 < periods.size() ? periods.get(i + 1) : null;
      boolean paired = p.isDaytime() && next != null && !next.isDaytime();
      ForecastPeriod last = paired ? next : p;
      String amounts =
          AmountsText.between(grid, p.startTime().toInstant(), last.endTime().toInstant(), units);
      days.add(
          p.isDaytime()
              ? new DayView(
                  p.name(), Half.of(p, zone), paired ? Half.of(next, zone) : null, amounts)
              : new DayView(p.name(), null, Half.of(p, zone), amounts));
      i += paired ? 1 : 0;
    }
    return days;
  }
}
