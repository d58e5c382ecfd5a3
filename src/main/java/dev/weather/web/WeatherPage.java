package dev.weather.web;

import dev.weather.forecast.Forecast;
import dev.weather.forecast.Part;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.place.Place;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Everything the forecast page prints, in the place's time zone and the chosen units. */
record WeatherPage(
    String heading,
    String where,
    String grid,
    String timeZone,
    String issued,
    Units units,
    String usLink,
    String siLink,
    List<AlertView> alerts,
    boolean alertsUnavailable,
    boolean alertsApply,
    ChartView chart,
    boolean hourlyUnavailable,
    List<DayView> days) {

  static WeatherPage of(Place place, WeatherReport report, String usLink, String siLink) {
    Forecast forecast = report.forecast();
    var zone = forecast.timeZone();
    String heading = place == null ? forecast.label() : place.label();
    String where =
        place == null
            ? null
            : place.zip() != null
                ? "ZIP code " + place.zip()
                : String.format(Locale.US, "%.4f, %.4f", place.latitude(), place.longitude());
    return new WeatherPage(
        heading,
        where,
        forecast.grid().toString(),
        zone.getDisplayName(TextStyle.FULL, Locale.US),
        Times.format(forecast.generatedAt(), zone, Times.WHEN),
        report.units(),
        usLink,
        siLink,
        report.alerts().stream().map(a -> AlertView.of(a, zone)).toList(),
        report.unavailable().contains(Part.ALERTS),
        place != null,
        ChartView.of(report.hourly(), zone),
        report.unavailable().contains(Part.HOURLY),
        DayView.pair(forecast.periods(), zone));
  }
}
