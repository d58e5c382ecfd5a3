package dev.weather.web;

import dev.weather.forecast.Forecast;
import dev.weather.forecast.ForecastPeriod;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** A {@link Forecast} as the page shows it: every time in the place's own time zone, ready to print. */
record ForecastView(
    String label, String grid, String timeZone, String issued, String updated, List<Period> periods) {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a", Locale.US);
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

  record Period(
      String name,
      String start,
      String end,
      boolean daytime,
      String temperature,
      String wind,
      Integer chanceOfPrecipitation,
      String shortForecast,
      String detailedForecast) {}

  static ForecastView of(Forecast forecast) {
    ZoneId zone = forecast.timeZone();
    return new ForecastView(
        forecast.label(),
        forecast.grid().toString(),
        zone.getDisplayName(TextStyle.FULL, Locale.US),
        format(forecast.generatedAt(), zone, WHEN),
        format(forecast.updateTime(), zone, WHEN),
        forecast.periods().stream().map(p -> period(p, zone)).toList());
  }

  private static Period period(ForecastPeriod p, ZoneId zone) {
    boolean sameDay =
        p.startTime().atZoneSameInstant(zone).toLocalDate().equals(p.endTime().atZoneSameInstant(zone).toLocalDate());
    return new Period(
        p.name(),
        format(p.startTime(), zone, WHEN),
        format(p.endTime(), zone, sameDay ? HOUR : WHEN),
        p.isDaytime(),
        p.temperature() == null ? "–" : p.temperature() + " °" + p.temperatureUnit(),
        wind(p),
        p.probabilityOfPrecipitation(),
        p.shortForecast(),
        p.detailedForecast());
  }

  private static String wind(ForecastPeriod p) {
    String speed = p.windSpeed() == null ? "" : p.windSpeed();
    String direction = p.windDirection() == null ? "" : p.windDirection();
    String wind = (direction + " " + speed).trim();
    return wind.isEmpty() ? "calm" : wind;
  }

  private static String format(OffsetDateTime time, ZoneId zone, DateTimeFormatter formatter) {
    return time == null ? "unknown" : time.atZoneSameInstant(zone).format(formatter);
  }
}
