package dev.weather.web.view;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the page prints them, always in the place's own time zone. */
final class Times {

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a", Locale.US);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
  static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE h:mm a", Locale.US);
  static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("h a", Locale.US);
  static final DateTimeFormatter DAY_HOUR = DateTimeFormatter.ofPattern("EEE h a", Locale.US);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE", Locale.US);

  private Times() {}

  static String format(OffsetDateTime time, ZoneId zone, DateTimeFormatter format) {
    return time == null ? null : time.atZoneSameInstant(zone).format(format);
  }

  /**
   * How long ago, as a person says it: "just now", "1 minute ago", "25 minutes ago", "3 hours ago",
   * "2 days ago".
   */
  static String ago(Duration elapsed) {
    long minutes = Math.max(0, elapsed.toMinutes());
    if (minutes < 1) {
      return "just now";
    }
    if (minutes < 60) {
      return plural(minutes, "minute") + " ago";
    }
    long hours = minutes / 60;
    return (hours < 48 ? plural(hours, "hour") : plural(hours / 24, "day")) + " ago";
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
