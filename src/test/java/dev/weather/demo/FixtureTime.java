package dev.weather.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a fixture's times move to be as of {@code now}. By whole {@code days}, the most that leave
 * the recording's local time of day ({@link NwsFixtures#RECORDED_AT} in the place's zone) not after
 * now: so the demo, tried at any hour, is between that time of day and the same time the next day
 * of the recording. A local time keeps its wall-clock time and takes the zone's offset on its new
 * day (Boston's 9:05 AM is -04:00 in July, -05:00 in December); a time in UTC moves by the same
 * days. The times that say how old an answer is move by {@code age} instead, staying as long before
 * now as they were before the recording. Without a zone, local times keep their offsets and days
 * are counted in UTC.
 */
record FixtureTime(ZoneId zone, long days, Duration age) {

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b",
          Pattern.CASE_INSENSITIVE);

  static FixtureTime at(Instant now, ZoneId zone) {
    ZoneId in = zone == null ? ZoneOffset.UTC : zone;
    Duration sinceRecorded =
        Duration.between(
            LocalDateTime.ofInstant(NwsFixtures.RECORDED_AT, in), LocalDateTime.ofInstant(now, in));
    return new FixtureTime(
        zone,
        Math.floorDiv(sinceRecorded.toSeconds(), 86_400),
        Duration.between(NwsFixtures.RECORDED_AT, now));
  }

  /**
   * The time on its new day. A local time that does not exist that day (2:30 AM as clocks spring
   * forward) is the same time after the change (3:30 AM); one that happens twice as they fall back
   * is the first.
   */
  OffsetDateTime moved(OffsetDateTime time) {
    if (zone == null || time.getOffset().equals(ZoneOffset.UTC)) {
      return time.plusDays(days);
    }
    return time.toLocalDateTime().plusDays(days).atZone(zone).toOffsetDateTime();
  }

  OffsetDateTime aged(OffsetDateTime time) {
    return time.plus(age);
  }

  /**
   * Words that name a day ("Wednesday afternoon", "WEDNESDAY THROUGH MONDAY") name the day it now
   * is, in the case they were written in.
   */
  String weekdaysMoved(String text) {
    return WEEKDAY
        .matcher(text)
        .replaceAll(
            m -> {
              String moved =
                  DayOfWeek.valueOf(m.group().toUpperCase(Locale.ROOT))
                      .plus(days)
                      .getDisplayName(TextStyle.FULL, Locale.US);
              return m.group().equals(m.group().toUpperCase(Locale.ROOT))
                  ? moved.toUpperCase(Locale.ROOT)
                  : moved;
            });
  }

  /** An instant as NWS writes it in this zone (or at {@code fallback}'s offset without one). */
  OffsetDateTime local(Instant instant, OffsetDateTime fallback) {
    return zone == null
        ? instant.atOffset(fallback.getOffset())
        : instant.atZone(zone).toOffsetDateTime();
  }
}
