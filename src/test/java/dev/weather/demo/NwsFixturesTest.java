package dev.weather.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo's recorded answers, moved to the current days. */
class NwsFixturesTest {

  private static final String ALERT =
      """
      {"properties": {"headline": "Air Quality Alert issued March 10 at 9:05AM EDT by NWS Boston MA",
        "description": "Until Wednesday afternoon, then again Thursday.", "instruction": "None on March 9.",
        "effective": "2026-03-10T09:05:00-04:00"}}""";

  @Test
  void movesAnAlertsWordsWithItsTimes() {
    String moved = NwsFixtures.rebase(ALERT, NwsFixtures.RECORDED_AT.plus(Duration.ofDays(8)));

    assertThat(moved)
        .contains(
            "issued March 18 at 9:05AM EDT",
            "Until Thursday afternoon, then again Friday.",
            "None on March 17.",
            "\"effective\":\"2026-03-18T09:05:00-04:00\"")
        .doesNotContain("March 10", "Wednesday");
  }

  @Test
  void movesTheDaysAProductsTextNamesInTheCaseTheyWereWrittenIn() {
    String product =
        """
        {"issuanceTime": "2026-03-10T17:30:00+00:00",
          "productText": ".LONG TERM /WEDNESDAY NIGHT THROUGH MONDAY/...\\nDry Thursday."}""";

    String moved = NwsFixtures.rebase(product, NwsFixtures.RECORDED_AT.plus(Duration.ofDays(8)));

    assertThat(moved)
        .contains(".LONG TERM /THURSDAY NIGHT THROUGH TUESDAY/...\\nDry Friday.")
        .doesNotContain("WEDNESDAY", "Thursday.");
  }

  @Test
  void keepsUpdateAndObservationTimesAsRecentAsTheyWereWhenRecorded() {
    String forecast =
        "{\"properties\": {\"updateTime\": \"2026-03-10T18:55:11+00:00\","
            + " \"timestamp\": \"2026-03-10T19:15:00+00:00\", \"validTimes\": \"2026-03-10T12:00:00+00:00\"}}";
    Instant now = NwsFixtures.RECORDED_AT.plus(Duration.ofDays(8)).plus(Duration.ofHours(5));

    String moved = NwsFixtures.rebase(forecast, now);

    assertThat(moved)
        .as("47 minutes before the recording, so 47 minutes before now")
        .contains("\"updateTime\":\"" + at(now.minusSeconds(47 * 60)) + "\"")
        .as("27 minutes and 11 seconds before it")
        .contains("\"timestamp\":\"" + at(now.minusSeconds(27 * 60 + 11)) + "\"")
        .as("other times by whole days, keeping their hour")
        .contains("\"validTimes\":\"2026-03-18T12:00:00+00:00\"");
  }

  private static String at(Instant instant) {
    return instant
        .atOffset(ZoneOffset.UTC)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx"));
  }

  @Test
  void movesAcrossTheEndOfAMonthAndYear() {
    assertThat(NwsFixtures.rebase(ALERT, NwsFixtures.RECORDED_AT.plus(Duration.ofDays(297))))
        .contains("issued January 1 at 9:05AM EDT");
  }

  @ParameterizedTest(name = "{0} in Boston")
  @CsvSource({
    "2026-12-02T04:00, -05:00, -07:00, -08:00",
    "2026-07-15T16:00, -04:00, -06:00, -07:00"
  })
  void movesLocalTimesToTheOffsetOfTheirZoneOnTheirNewDay(
      String boston, String eastern, String mountain, String pacific) {
    Instant now = Served.at(boston, Served.BOSTON);
    Map<String, String> offsets =
        Map.of(
            "BOX/70,82",
            eastern,
            "BOX/71,90",
            eastern,
            "BOU/63,62",
            mountain,
            "SEW/124,67",
            pacific);

    for (String grid : Served.GRIDS) {
      for (String path :
          List.of(
              "/gridpoints/" + grid + "/forecast", "/gridpoints/" + grid + "/forecast/hourly")) {
        JsonNode forecast = Served.body(path, now);
        assertThat(forecast.path("properties").path("periods"))
            .as(path)
            .hasSizeGreaterThan(10)
            .allSatisfy(
                period -> {
                  assertThat(period.path("startTime").asText()).endsWith(offsets.get(grid));
                  assertThat(period.path("endTime").asText()).endsWith(offsets.get(grid));
                });
        assertThat(forecast.path("properties").path("updateTime").asText())
            .as("UTC stays UTC")
            .endsWith("+00:00");
      }
      List<JsonNode> periods = Served.periods("/gridpoints/" + grid + "/forecast", now);
      assertThat(
              List.of(
                  Served.time(periods.get(0), "startTime").toLocalTime(),
                  Served.time(periods.get(1), "startTime").toLocalTime()))
          .as("This Afternoon and Tonight at the hours of the recording")
          .containsExactly(LocalTime.of(14, 0), LocalTime.of(18, 0));
    }
    assertThat(Served.alerts(Served.NORTON_ALERTS, now))
        .isNotEmpty()
        .allSatisfy(alert -> assertThat(alert.path("sent").asText()).endsWith(eastern));
    assertThat(Served.alerts(Served.DENVER_ALERTS, now))
        .isNotEmpty()
        .allSatisfy(alert -> assertThat(alert.path("sent").asText()).endsWith(mountain));
    assertThat(
            Served.body("/stations/KOWD/observations/latest", now)
                .path("properties")
                .path("timestamp")
                .asText())
        .endsWith("+00:00");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-12-02T04:00 | issued December 1 at 9:05AM EST | issued December 1 at 11:40AM MST until December 2 at 12:00PM MST",
        "2026-07-15T16:00 | issued July 15 at 9:05AM EDT | issued July 15 at 11:40AM MDT until July 16 at 12:00PM MDT"
      })
  void namesTheDayAndTheClockOfItsNewDayInAnAlertsHeadline(
      String boston, String norton, String denver) {
    Instant now = Served.at(boston, Served.BOSTON);

    assertThat(Served.alerts(Served.NORTON_ALERTS, now))
        .extracting(a -> a.path("headline").asText())
        .anySatisfy(headline -> assertThat(headline).contains(norton));
    assertThat(Served.alerts(Served.DENVER_ALERTS, now))
        .extracting(a -> a.path("headline").asText())
        .singleElement()
        .asString()
        .contains(denver);
  }

  @Test
  void namesEachTimesOwnClockWhenAnAlertSpansTheChange() {
    String alert =
        """
        {"properties": {"headline": "Advisory issued March 10 at 9:05AM EDT until March 11 at 6:00AM EDT",
          "description": "In EDT.", "sent": "2026-03-10T09:05:00-04:00"}}""";
    FixturePlaces.Place boston =
        new FixturePlaces.Place(ZoneId.of("America/New_York"), 42.36, -71.06);
    // Saturday October 31, 2026, 8 PM: the clocks fall back that night.
    Instant now = OffsetDateTime.parse("2026-10-31T20:00:00-04:00").toInstant();

    assertThat(Rebase.of(alert, boston, now))
        .contains("issued October 31 at 9:05AM EDT until November 1 at 6:00AM EST", "In EDT.");
  }
}
