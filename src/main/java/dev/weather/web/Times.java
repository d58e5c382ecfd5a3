package dev.weather.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the page prints them, always in the place's own time zone. */
final class Times {

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a", Locale.US);
  static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("h a", Locale.US);
  static final DateTimeFormatter DAY_HOUR = DateTimeFormatter.ofPattern("EEE h a", Locale.US);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE", Locale.US);

  private Times() {}

  static String format(OffsetDateTime time, ZoneId zone, DateTimeFormatter format) {
    return time == null ? null : time.atZoneSameInstant(zone).format(format);
  }
}
