package dev.weather.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.shredzone.commons.suncalc.SunTimes;

/**
 * An hourly forecast's periods once moved to their new days ({@link FixtureTime}): still one hour
 * each and contiguous across a change of the clocks, and day or night as the sun is at the place.
 */
final class HourlyPeriods {

  private static final DateTimeFormatter NWS_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Pattern DAY_SKY = Pattern.compile("\\b(Mostly Sunny|Partly Sunny|Sunny)\\b");
  private static final Pattern NIGHT_SKY =
      Pattern.compile("\\b(Mostly Clear|Partly Cloudy|Clear)\\b");
  private static final Map<String, String> AT_NIGHT =
      Map.of("Mostly Sunny", "Mostly Clear", "Partly Sunny", "Partly Cloudy", "Sunny", "Clear");
  private static final Map<String, String> BY_DAY =
      Map.of("Mostly Clear", "Mostly Sunny", "Partly Cloudy", "Partly Sunny", "Clear", "Sunny");

  private HourlyPeriods() {}

  /**
   * Each recorded hour keeps its wall-clock time, so where the clocks spring forward the skipped
   * hour's period would last no time (it is left out) and where they fall back the repeated hour's
   * would last two (it is served twice, at each offset); periods are numbered again from 1.
   */
  static void oneHourEach(ArrayNode periods, FixtureTime time) {
    List<JsonNode> hours = new ArrayList<>();
    for (JsonNode period : periods) {
      OffsetDateTime start = OffsetDateTime.parse(period.path("startTime").asText());
      Instant end = OffsetDateTime.parse(period.path("endTime").asText()).toInstant();
      for (Instant at = start.toInstant(); at.isBefore(end); at = at.plus(HOUR)) {
        ObjectNode hour = period.deepCopy();
        hour.put("startTime", time.local(at, start).format(NWS_TIME));
        hour.put("endTime", time.local(at.plus(HOUR), start).format(NWS_TIME));
        hours.add(hour);
      }
    }
    periods.removeAll();
    for (JsonNode hour : hours) {
      ((ObjectNode) hour).put("number", periods.size() + 1);
      periods.add(hour);
    }
  }

  /**
   * Day while the sun is up at the middle of the hour, by the same sunrise and sunset the page
   * shows (NWS's own hourly forecast says day from 6 AM to 6 PM, which a December evening or a July
   * one belies). Sky words and icons follow: "Sunny" by day is "Clear" by night.
   */
  static void bySun(ArrayNode periods, FixturePlaces.Place place) {
    Map<LocalDate, SunTimes> days = new HashMap<>();
    for (JsonNode period : periods) {
      ObjectNode hour = (ObjectNode) period;
      ZonedDateTime middle =
          OffsetDateTime.parse(hour.path("startTime").asText())
              .plusMinutes(30)
              .atZoneSameInstant(place.zone());
      SunTimes sun =
          days.computeIfAbsent(
              middle.toLocalDate(),
              day ->
                  SunTimes.compute()
                      .on(day.atStartOfDay(place.zone()))
                      .timezone(place.zone())
                      .at(place.latitude(), place.longitude())
                      .oneDay()
                      .execute());
      boolean daytime =
          sun.isAlwaysUp()
              || sun.getRise() != null
                  && sun.getSet() != null
                  && !middle.isBefore(sun.getRise())
                  && middle.isBefore(sun.getSet());
      hour.put("isDaytime", daytime);
      String words = hour.path("shortForecast").asText("");
      hour.put(
          "shortForecast",
          daytime
              ? NIGHT_SKY.matcher(words).replaceAll(m -> BY_DAY.get(m.group()))
              : DAY_SKY.matcher(words).replaceAll(m -> AT_NIGHT.get(m.group())));
      String icon = hour.path("icon").asText("");
      hour.put(
          "icon", daytime ? icon.replace("/night/", "/day/") : icon.replace("/day/", "/night/"));
    }
  }
}
