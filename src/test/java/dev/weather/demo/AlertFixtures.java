package dev.weather.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Alerts moved to their new days: their words say the days and clocks of their times, and the ended
 * are gone.
 */
final class AlertFixtures {

  private static final int RECORDED_YEAR = NwsFixtures.RECORDED_AT.atZone(ZoneOffset.UTC).getYear();
  private static final DateTimeFormatter MONTH_DAY =
      DateTimeFormatter.ofPattern("MMMM d", Locale.US);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mma", Locale.US);
  private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);

  /**
   * "March 10", or "March 10 at 9:05AM EDT" as NWS's headlines write a time; or a zone's name
   * alone.
   */
  private static final Pattern DATE_OR_ZONE =
      Pattern.compile(
          "\\b(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})\\b"
              + "(?: at (\\d{1,2}:\\d{2}[AP]M) ([ECMP][SD]T)\\b)?|\\b([ECMP][SD]T)\\b");

  private AlertFixtures() {}

  /**
   * "issued March 10 at 9:05AM EDT" and "Wednesday afternoon" name the day the alert now falls on,
   * and the clock of the place that day ("EST" in December). A zone's name without a date is the
   * clock's when the alert was sent.
   */
  static void retell(ObjectNode alert, FixtureTime time) {
    for (String field : List.of("headline", "description", "instruction")) {
      if (alert.path(field).isTextual()) {
        String text =
            DATE_OR_ZONE.matcher(alert.get(field).asText()).replaceAll(m -> retold(m, alert, time));
        alert.put(field, time.weekdaysMoved(text));
      }
    }
  }

  private static String retold(MatchResult m, ObjectNode alert, FixtureTime time) {
    if (m.group(5) != null) {
      return time.zone() == null || !alert.path("sent").isTextual()
          ? m.group()
          : OffsetDateTime.parse(alert.get("sent").asText())
              .atZoneSameInstant(time.zone())
              .format(ZONE_NAME);
    }
    LocalDate day =
        LocalDate.of(
                RECORDED_YEAR,
                Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)),
                Integer.parseInt(m.group(2)))
            .plusDays(time.days());
    String date = day.format(MONTH_DAY);
    if (m.group(3) == null) {
      return date;
    }
    String zone =
        time.zone() == null
            ? m.group(4)
            : day.atTime(LocalTime.parse(m.group(3), CLOCK)).atZone(time.zone()).format(ZONE_NAME);
    return date + " at " + m.group(3) + " " + zone;
  }

  /** As NWS, no alert whose end (else its expiry) is past by {@code now}. */
  static void dropEnded(JsonNode collection, Instant now) {
    for (Iterator<JsonNode> it = collection.path("features").iterator(); it.hasNext(); ) {
      JsonNode alert = it.next().path("properties");
      JsonNode until = alert.path("ends").isTextual() ? alert.get("ends") : alert.path("expires");
      if (until.isTextual() && !OffsetDateTime.parse(until.asText()).toInstant().isAfter(now)) {
        it.remove();
      }
    }
  }
}
