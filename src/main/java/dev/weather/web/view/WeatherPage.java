package dev.weather.web.view;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Forecast;
import dev.weather.forecast.Part;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.place.Place;
import dev.weather.report.Answer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Everything the forecast page prints, in the place's time zone and the chosen units. */
public record WeatherPage(
    String heading,
    String where,
    String grid,
    String timeZone,
    String updated,
    String updatedIso,
    String updatedAgo,
    boolean updatedLongAgo,
    SunView sun,
    TodayView today,
    Units units,
    String usLink,
    String siLink,
    String notice,
    NowView now,
    boolean nowUnavailable,
    boolean nowLoading,
    List<AlertView> alerts,
    boolean alertsUnavailable,
    boolean alertsLoading,
    boolean alertsApply,
    ChartView chart,
    boolean hourlyUnavailable,
    boolean hourlyLoading,
    List<DayView> days,
    String temporalUi) {

  /**
   * A forecast NWS has not updated for longer than this is flagged: NWS updates its grids several
   * times a day.
   */
  static final Duration LONG_AGO = Duration.ofHours(12);

  /**
   * {@code now} for how long ago NWS updated the forecast: its {@code updateTime} (when forecasters
   * last changed it), not {@code generatedAt} (when the answer was produced, nearly always a moment
   * ago).
   */
  public static WeatherPage of(
      Place place,
      Answer.Shown shown,
      String usLink,
      String siLink,
      String temporalUi,
      Instant now) {
    WeatherReport report = shown.report().at(now);
    Forecast forecast = report.forecast();
    ZoneId zone = forecast.timeZone();
    OffsetDateTime updated =
        forecast.updateTime() != null ? forecast.updateTime() : forecast.generatedAt();
    Duration age = updated == null ? null : Duration.between(updated.toInstant(), now);
    Coordinates point = shown.key().location().point(); // a bare grid cell has none: no sun times
    String heading = place == null ? forecast.label() : place.label();
    String where =
        place == null
            ? null
            : place.zip() != null
                ? "ZIP code " + place.zip()
                : String.format(Locale.US, "%.4f, %.4f", place.latitude(), place.longitude());
    String updatedAt = Times.format(updated, zone, Times.WHEN);
    return new WeatherPage(
        heading,
        where,
        forecast.grid().toString(),
        zone.getDisplayName(TextStyle.FULL, Locale.US),
        updatedAt,
        updated == null ? null : updated.toInstant().toString(),
        age == null ? null : Times.ago(age),
        age != null && age.compareTo(LONG_AGO) > 0,
        point == null
            ? null
            : SunView.of(point, zone, LocalDate.ofInstant(now, zone), forecast.daylight()),
        TodayView.of(forecast.periods(), report.hourly(), zone, now),
        report.units(),
        usLink,
        siLink,
        notice(
            shown.state(),
            updatedAt != null
                ? updatedAt
                : Times.format(OffsetDateTime.ofInstant(shown.asOf(), zone), zone, Times.WHEN)),
        report.now() == null ? null : NowView.of(report.now(), zone, now),
        report.unavailable().contains(Part.NOW),
        report.loading().contains(Part.NOW),
        AlertView.of(report.alerts(), zone, now),
        report.unavailable().contains(Part.ALERTS),
        report.loading().contains(Part.ALERTS),
        place != null,
        ChartView.of(report.hourly(), zone, now),
        report.unavailable().contains(Part.HOURLY),
        report.loading().contains(Part.HOURLY),
        DayView.pair(forecast.periods(), zone),
        temporalUi);
  }

  /**
   * What a person must know about an older report, in the page's one time: when NWS updated the
   * forecast (the time the page prints beside the grid), and why no newer one is shown.
   */
  private static String notice(Answer.State state, String from) {
    return switch (state) {
      case FRESH, PARTIAL -> null;
      case UPDATING ->
          "Forecast from " + from + "; checking for a newer one, which will replace it here.";
      case NOT_ANSWERING ->
          "Forecast from "
              + from
              + ": the National Weather Service is not answering right now, so this is the last"
              + " forecast it gave. Try again in a few minutes.";
    };
  }
}
