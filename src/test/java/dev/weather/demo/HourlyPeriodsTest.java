package dev.weather.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shredzone.commons.suncalc.SunPosition;

/**
 * The hourly forecasts as served on any day: an hour each, contiguous, and day while the sun is up.
 */
class HourlyPeriodsTest {

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Set<String> DAY_SKY = Set.of("Sunny", "Mostly Sunny", "Partly Sunny");
  private static final Set<String> NIGHT_SKY = Set.of("Clear", "Mostly Clear", "Partly Cloudy");

  @ParameterizedTest(name = "{0} in Boston: {1} hours")
  @CsvSource({
    "2026-10-31T20:00, 157, 'Sunday November 1, 2026: 2 AM EDT is 1 AM EST again'",
    "2027-03-13T20:00, 155, 'Sunday March 14, 2027: 2 AM EST is 3 AM EDT'",
    "2026-12-02T04:00, 156, 'no change'"
  })
  void servesEveryHourOnceAcrossAChangeOfTheClocks(String boston, int hours, String change) {
    Instant now = Served.at(boston, Served.BOSTON);

    for (String grid : Served.GRIDS) {
      List<JsonNode> periods = Served.periods("/gridpoints/" + grid + "/forecast/hourly", now);
      Set<Instant> starts = new HashSet<>();
      for (int i = 0; i < periods.size(); i++) {
        OffsetDateTime start = Served.time(periods.get(i), "startTime");
        assertThat(Duration.between(start, Served.time(periods.get(i), "endTime")))
            .as(grid + " " + start)
            .isEqualTo(HOUR);
        if (i > 0) {
          assertThat(start.toInstant())
              .as(grid + " after " + (i - 1))
              .isEqualTo(Served.time(periods.get(i - 1), "endTime").toInstant());
        }
        assertThat(starts.add(start.toInstant())).as(grid + " " + start + " once").isTrue();
        assertThat(periods.get(i).path("number").asInt()).isEqualTo(i + 1);
      }
      assertThat(periods).as(grid + ": " + change).hasSize(hours);
      // The twelve-hour periods stay joined too: the night of a change is 11 or 13 hours long.
      List<JsonNode> twelve = Served.periods("/gridpoints/" + grid + "/forecast", now);
      for (int i = 1; i < twelve.size(); i++) {
        assertThat(Served.time(twelve.get(i), "startTime").toInstant())
            .isEqualTo(Served.time(twelve.get(i - 1), "endTime").toInstant());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-10-31T20:00, 2026-11-01, 01:00, 2, 25",
    "2027-03-13T20:00, 2027-03-14, 02:00, 0, 23"
  })
  void keepsEachHoursWallClockTime(
      String boston, LocalDate day, LocalTime changed, int times, int hours) {
    List<LocalTime> thatDay =
        Served.periods("/gridpoints/BOX/70,82/forecast/hourly", Served.at(boston, Served.BOSTON))
            .stream()
            .map(p -> Served.time(p, "startTime"))
            .filter(start -> start.toLocalDate().equals(day))
            .map(OffsetDateTime::toLocalTime)
            .toList();

    assertThat(thatDay).hasSize(hours).filteredOn(changed::equals).hasSize(times);
    assertThat(thatDay).filteredOn(LocalTime.of(4, 0)::equals).as("any other hour once").hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2026-12-02T04:00",
        "2026-12-01T16:00",
        "2026-07-15T04:00",
        "2026-07-15T16:00",
        "2026-03-21T12:00"
      })
  void isDayWhileTheSunIsUpAndSaysSo(String boston) {
    Instant now = Served.at(boston, Served.BOSTON);

    for (String grid : Served.GRIDS) {
      String path = "/gridpoints/" + grid + "/forecast/hourly";
      FixturePlaces.Place place = FixturePlaces.of(path);
      for (JsonNode hour : Served.periods(path, now)) {
        Instant middle = Served.time(hour, "startTime").toInstant().plus(Duration.ofMinutes(30));
        double altitude =
            SunPosition.compute()
                .on(middle)
                .at(place.latitude(), place.longitude())
                .execute()
                .getTrueAltitude();
        boolean day = hour.path("isDaytime").asBoolean();
        if (Math.abs(altitude + 0.833)
            > 3) { // clear of sunrise and sunset, where the two methods may part
          assertThat(day)
              .as(grid + " " + hour.path("startTime").asText() + ", sun at " + altitude + "°")
              .isEqualTo(altitude > -0.833);
        }
        assertThat(hour.path("icon").asText()).contains(day ? "/day/" : "/night/");
        assertThat(hour.path("shortForecast").asText())
            .as(hour.path("startTime").asText())
            .isNotIn(day ? NIGHT_SKY : DAY_SKY);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-12-01T17:00, false, Clear",
        "2026-12-02T06:00, false, Mostly Clear", // sunset 4:14 PM, sunrise 6:54 AM
    "2026-07-15T19:00, true, Sunny", "2026-07-16T05:00, true, Sunny"
  }) // sunset 8:18 PM, sunrise 5:22 AM
  void tellsDuskAndDawnBySunNotByClock(String norton, boolean day, String sky) {
    Instant at = Served.at(norton, Served.BOSTON);

    JsonNode hour =
        Served.periodAt(
            Served.periods("/gridpoints/BOX/70,82/forecast/hourly", at.minus(HOUR)),
            at.atOffset(ZoneOffset.UTC));

    assertThat(hour.path("isDaytime").asBoolean()).isEqualTo(day);
    assertThat(hour.path("shortForecast").asText()).isEqualTo(sky);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2026-12-02T04:00", "2026-07-15T16:00"})
  void neverSaysSunnyAtNight(String boston) {
    Instant now = Served.at(boston, Served.BOSTON);

    for (String grid : Served.GRIDS) {
      for (String path :
          List.of(
              "/gridpoints/" + grid + "/forecast", "/gridpoints/" + grid + "/forecast/hourly")) {
        assertThat(Served.periods(path, now))
            .filteredOn(p -> !p.path("isDaytime").asBoolean())
            .isNotEmpty()
            .allSatisfy(
                night -> assertThat(night.path("shortForecast").asText()).doesNotContain("Sunny"));
      }
    }
  }
}
