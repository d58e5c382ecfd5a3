package dev.weather.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The demo's recorded answers, moved to the current days. */
class NwsFixturesTest {

  private static final String ALERT = """
      {"properties": {"headline": "Air Quality Alert issued March 10 at 9:05AM EDT by NWS Boston MA",
        "description": "Until Wednesday afternoon, then again Thursday.", "instruction": "None on March 9.",
        "effective": "2026-03-10T09:05:00-04:00"}}""";

  @Test
  void movesAnAlertsWordsWithItsTimes() {
    String moved = NwsFixtures.rebase(ALERT, Duration.ofDays(8));

    assertThat(moved)
        .contains("issued March 18 at 9:05AM EDT", "Until Thursday afternoon, then again Friday.", "None on March 17.",
            "\"effective\":\"2026-03-18T09:05:00-04:00\"")
        .doesNotContain("March 10", "Wednesday");
  }

  @Test
  void keepsTheForecastsUpdateTimeAsRecentAsItWasWhenRecorded() {
    String forecast = "{\"properties\": {\"updateTime\": \"2026-03-10T18:55:11+00:00\","
        + " \"validTimes\": \"2026-03-10T12:00:00+00:00\"}}";

    String moved = NwsFixtures.rebase(forecast, Duration.ofDays(8));

    String updated = moved.replaceFirst(".*\"updateTime\":\"([^\"]+)\".*", "$1");
    Duration age = Duration.between(OffsetDateTime.parse(updated).toInstant(), Instant.now());
    assertThat(age).as("47 minutes before the recording, so 47 minutes before now")
        .isBetween(Duration.ofMinutes(46), Duration.ofMinutes(48));
  }

  @Test
  void movesAcrossTheEndOfAMonthAndYear() {
    assertThat(NwsFixtures.rebase(ALERT, Duration.ofDays(297))).contains("issued January 1 at 9:05AM EDT");
  }
}
