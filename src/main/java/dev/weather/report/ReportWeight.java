package dev.weather.report;

import dev.weather.forecast.Alert;
import dev.weather.forecast.Discussion;
import dev.weather.forecast.DiscussionSection;
import dev.weather.forecast.ForecastPeriod;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.PastHour;
import dev.weather.forecast.WeatherReport;
import java.util.Arrays;

/**
 * About how many bytes of memory a kept report takes: its texts (a byte a character as Java keeps
 * Latin-1 text, two for a text with any other character) and a fixed cost for each period, hour,
 * alert and hour of the raw grid (the objects around the texts: times, numbers, headers). Close
 * enough to bound the report cache in bytes (ReportWeightTest).
 */
final class ReportWeight {

  static final int REPORT = 2_000;
  static final int PERIOD = 300;
  static final int HOUR = 250;
  static final int ALERT = 400;

  /** An hour of a station's last day: its time and boxed measures. */
  static final int PAST_HOUR = 250;

  /** An hour of the raw grid: its boxed numbers, amounts and kinds of weather. */
  static final int GRID_HOUR = 300;

  /** A discussion's objects around its texts: its sections' lists and headings. */
  static final int DISCUSSION = 2_000;

  private ReportWeight() {}

  static int of(WeatherReport report) {
    long bytes = REPORT;
    for (ForecastPeriod p : report.forecast().periods()) {
      bytes +=
          PERIOD
              + chars(
                  p.name(),
                  p.temperatureUnit(),
                  p.windSpeed(),
                  p.windDirection(),
                  p.icon(),
                  p.shortForecast(),
                  p.detailedForecast());
    }
    for (HourlyPeriod h : report.hourly()) {
      bytes +=
          HOUR + chars(h.temperatureUnit(), h.windSpeed(), h.windDirection(), h.shortForecast());
    }
    for (PastHour h : report.history()) {
      bytes += PAST_HOUR + chars(h.description(), h.windFrom());
    }
    for (Alert a : report.alerts()) {
      bytes += alert(a);
    }
    for (Discussion d : report.discussions()) {
      bytes += discussion(d);
    }
    if (report.detail() != null) {
      bytes += (long) GRID_HOUR * report.detail().hours().size();
    }
    return (int) Math.min(Integer.MAX_VALUE, bytes);
  }

  private static long alert(Alert a) {
    return ALERT
        + chars(
            a.id(),
            a.event(),
            a.severity(),
            a.headline(),
            a.description(),
            a.instruction(),
            a.senderName(),
            a.areaDesc());
  }

  private static long discussion(Discussion d) {
    long bytes = DISCUSSION + chars(d.office(), d.title());
    for (DiscussionSection section : d.sections()) {
      bytes += chars(section.heading()) + chars(section.paragraphs().toArray(String[]::new));
    }
    return bytes;
  }

  private static long chars(String... texts) {
    return Arrays.stream(texts).mapToLong(ReportWeight::bytes).sum();
  }

  private static long bytes(String text) {
    if (text == null) {
      return 0;
    }
    return text.chars().allMatch(c -> c <= 0xFF) ? text.length() : 2L * text.length();
  }
}
