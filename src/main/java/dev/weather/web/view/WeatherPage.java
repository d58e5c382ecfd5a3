package dev.weather.web.view;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Forecast;
import dev.weather.forecast.Part;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.place.Place;
import dev.weather.report.Answer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Everything the forecast page prints, in the place's time zone and the chosen units. The optional
 * parts (now, the station's last day, alerts, the hourly chart, the raw grid's amounts) each carry
 * whether they are in, loading or unavailable; the grid's hour-by-hour detail joins the chart's
 * table and its amounts the days.
 *
 * @param where what was asked for, when a place was: its ZIP code or its point
 * @param updated when NWS last updated the forecast; null when it did not say
 * @param notice what a person must know about an older report; null for a fresh one
 * @param alertsApply false for a bare grid cell, which NWS gives no alerts for
 * @param amounts the next days' rain, snow and ice in a sentence ({@link AmountsText#outlook})
 * @param discussion the link to the office's discussion page, null when the office has none
 * @param temporalUi the run in Temporal's Web UI, when one is configured
 */
public record WeatherPage(
    String heading,
    String where,
    String grid,
    String timeZone,
    Updated updated,
    SunView sun,
    TodayView today,
    Units units,
    String usLink,
    String siLink,
    String notice,
    PartView<NowView> now,
    PartView<HistoryView> history,
    PartView<List<AlertView>> alerts,
    boolean alertsApply,
    PartView<ChartView> hourly,
    PartView<String> amounts,
    List<DayView> days,
    PartView<String> discussion,
    String temporalUi) {

  /**
   * The page for {@code shown} as of {@code now}. How long ago NWS updated the forecast is from its
   * {@code updateTime} (when forecasters last changed it), not {@code generatedAt} (when the answer
   * was produced, nearly always a moment ago).
   */
  public static WeatherPage of(
      Place place,
      Answer.Shown shown,
      String usLink,
      String siLink,
      String discussionLink,
      String temporalUi,
      Instant now) {
    WeatherReport report = shown.report().at(now);
    Forecast forecast = report.forecast();
    ZoneId zone = forecast.timeZone();
    OffsetDateTime updateTime =
        forecast.updateTime() != null ? forecast.updateTime() : forecast.generatedAt();
    Updated updated = Updated.of(updateTime, zone, now);
    Coordinates point = shown.key().location().point(); // a bare grid cell has none: no sun times
    return new WeatherPage(
        place == null ? forecast.label() : place.label(),
        where(place),
        forecast.grid().toString(),
        zone.getDisplayName(TextStyle.FULL, Locale.US),
        updated,
        point == null
            ? null
            : SunView.of(point, zone, LocalDate.ofInstant(now, zone), forecast.daylight()),
        TodayView.of(forecast.periods(), report.hourly(), zone, now),
        report.units(),
        usLink,
        siLink,
        notice(shown, updated, zone),
        conditions(report, zone, now),
        history(report, zone),
        PartView.of(AlertView.of(report.alerts(), zone, now), Part.ALERTS, report),
        place != null,
        chart(report, zone, now),
        PartView.of(
            AmountsText.outlook(report.detail(), now, zone, report.units()), Part.DETAIL, report),
        DayView.pair(forecast.periods(), zone, report.detail(), report.alerts(), report.units()),
        PartView.of(
            report.discussions().isEmpty() ? null : discussionLink, Part.DISCUSSION, report),
        temporalUi);
  }

  /** What it is like now at the nearest station; nothing without one. */
  private static PartView<NowView> conditions(WeatherReport report, ZoneId zone, Instant now) {
    return PartView.of(
        report.now() == null ? null : NowView.of(report.now(), zone, now), Part.NOW, report);
  }

  /** The last day at the station of the current conditions; nothing without one. */
  private static PartView<HistoryView> history(WeatherReport report, ZoneId zone) {
    return PartView.of(
        report.now() == null
            ? null
            : HistoryView.of(report.history(), report.now().station().name(), zone),
        Part.HISTORY,
        report);
  }

  private static PartView<ChartView> chart(WeatherReport report, ZoneId zone, Instant now) {
    return PartView.of(
        ChartView.of(report.hourly(), report.detail(), report.alerts(), report.units(), zone, now),
        Part.HOURLY,
        report);
  }

  /** What a place was asked for by: its ZIP code, else its point; null for a bare grid cell. */
  private static String where(Place place) {
    if (place == null) {
      return null;
    }
    return place.zip() != null
        ? "ZIP code " + place.zip()
        : String.format(Locale.US, "%.4f, %.4f", place.latitude(), place.longitude());
  }

  /**
   * What a person must know about an older report, in the page's one time: when NWS updated the
   * forecast (the time the page prints beside the grid), and why no newer one is shown.
   */
  private static String notice(Answer.Shown shown, Updated updated, ZoneId zone) {
    String from =
        updated != null
            ? updated.text()
            : Times.format(OffsetDateTime.ofInstant(shown.asOf(), zone), zone, Times.WHEN);
    return switch (shown.state()) {
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
