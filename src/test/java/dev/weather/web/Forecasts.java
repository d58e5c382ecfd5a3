package dev.weather.web;

import dev.weather.forecast.Forecast;
import dev.weather.forecast.ForecastPeriod;
import dev.weather.forecast.GridPoint;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** Small forecasts for web tests. */
final class Forecasts {

  private Forecasts() {}

  static Forecast seattle() {
    OffsetDateTime evening = OffsetDateTime.parse("2026-03-10T18:00:00-07:00");
    return new Forecast(
        "Seattle, WA",
        new GridPoint("SEW", 124, 67),
        ZoneId.of("America/Los_Angeles"),
        OffsetDateTime.parse("2026-03-10T19:42:11Z"),
        OffsetDateTime.parse("2026-03-10T18:55:03Z"),
        List.of(
            new ForecastPeriod(
                2, "Tonight", evening, evening.plusHours(12), false, 43, "F", "7 mph", "S", 70,
                "https://api.weather.gov/icons/land/night/rain,70?size=medium", "Rain Likely",
                "Rain likely. A low near 43."),
            new ForecastPeriod(
                3, "Wednesday", evening.plusHours(12), evening.plusHours(24), true, 51, "F", "8 to 14 mph", "SW",
                null, "https://api.weather.gov/icons/land/day/sct?size=medium", "Partly Sunny",
                "Partly sunny, with a high near 51.")));
  }
}
