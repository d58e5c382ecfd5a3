package dev.weather.web.view;

import dev.weather.forecast.WeatherReport;
import dev.weather.report.Answer;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A place on the home page at a glance: what it is like now (else the next hours' high or low) and
 * the line about the next 12 hours, linking to its forecast; or, while its forecast is still being
 * fetched or cannot be had, a word saying so.
 */
public record GlanceView(
    String label,
    String link,
    String icon,
    String temperature,
    String sky,
    TodayView today,
    String note) {

  public static GlanceView of(String label, String link, Answer answer, Instant now) {
    if (!(answer instanceof Answer.Shown shown)) {
      return without(label, link, "The forecast is on its way: open it to follow.");
    }
    WeatherReport report = shown.report().at(now);
    ZoneId zone = report.forecast().timeZone();
    TodayView today = TodayView.of(report.forecast().periods(), report.hourly(), zone, now);
    NowView reading = report.now() == null ? null : NowView.of(report.now(), zone, now);
    if (reading != null && reading.temperature() != null) {
      return new GlanceView(
          label, link, reading.icon(), reading.temperature(), reading.sky(), today, null);
    }
    return today == null
        ? without(label, link, "No forecast periods left: open it to fetch a newer one.")
        : new GlanceView(
            label,
            link,
            today.icon(),
            today.highOrLow() + " " + today.temperature(),
            today.sky(),
            today,
            null);
  }

  /** No report to show: the run failed, or NWS has no forecast there. */
  public static GlanceView without(String label, String link, String note) {
    return new GlanceView(label, link, null, null, null, null, note);
  }
}
