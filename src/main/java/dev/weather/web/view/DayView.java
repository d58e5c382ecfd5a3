package dev.weather.web.view;

import dev.weather.forecast.ForecastPeriod;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One day of the 7-day forecast: its daytime period and the night after it; either may be missing
 * at the ends.
 */
record DayView(String name, Half day, Half night) {

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

  /** Pairs each daytime period with the night that follows; a leading "Tonight" stands alone. */
  static List<DayView> pair(List<ForecastPeriod> periods, ZoneId zone) {
    List<DayView> days = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      ForecastPeriod p = periods.get(i);
      if (p.isDaytime()) {
        ForecastPeriod next = i + 1 < periods.size() ? periods.get(i + 1) : null;
        boolean paired = next != null && !next.isDaytime();
        days.add(new DayView(p.name(), Half.of(p, zone), paired ? Half.of(next, zone) : null));
        i += paired ? 1 : 0;
      } else {
        days.add(new DayView(p.name(), null, Half.of(p, zone)));
      }
    }
    return days;
  }
}
