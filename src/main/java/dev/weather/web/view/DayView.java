package dev.weather.web.view;

import dev.weather.forecast.Alert;
import dev.weather.forecast.ForecastPeriod;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.Units;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One day of the 7-day forecast: its daytime period and the night after it; either may be missing
 * at the ends. {@code amounts} is what falls over both ({@link AmountsText}), null when nothing
 * does or NWS forecasts no amounts that far ahead; {@code alerts} the events of the alerts in force
 * during either, null for none.
 */
record DayView(String name, Half day, Half night, String amounts, String alerts) {

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
    return pair(periods, zone, null, List.of(), Units.US);
  }

  /**
   * Pairs each daytime period with the night that follows; a leading "Tonight" stands alone. Each
   * day's amounts are from {@code grid}, when there is one, and its alerts those of {@code alerts}
   * that touch it.
   */
  static List<DayView> pair(
      List<ForecastPeriod> periods, ZoneId zone, GridHours grid, List<Alert> alerts, Units units) {
    List<DayView> days = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      ForecastPeriod p = periods.get(i);
      ForecastPeriod next = i + 1 < periods.size() ? periods.get(i + 1) : null;
      boolean paired = p.isDaytime() && next != null && !next.isDaytime();
      ForecastPeriod last = paired ? next : p;
      Instant from = p.startTime().toInstant();
      Instant until = last.endTime().toInstant();
      String amounts = AmountsText.between(grid, from, until, units);
      String alerted = AlertSpans.during(alerts, from, until);
      days.add(
          new DayView(
              p.name(),
              p.isDaytime() ? Half.of(p, zone) : null,
              p.isDaytime() ? (paired ? Half.of(next, zone) : null) : Half.of(p, zone),
              amounts,
              alerted));
      i += paired ? 1 : 0;
    }
    return days;
  }
}
