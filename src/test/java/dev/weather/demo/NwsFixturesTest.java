package dev.weather.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** The demo's recorded answers, moved to the current days. */
class NwsFixturesTest {

  private static final String ALERT = """
      {"properties": {"headline": "Air Quality Alert issued March 10 at 9:05AM EDT by NWS Boston MA",
        "description": "Until Wednesday afternoon, then again Thursday.", "instruction": "None on March 9.",
        "effective": "2026-03-10T09:05:00-04:00"}}""";

  @Test
  void movesAnAlertsWordsWithItsTimes() {
    String moved = NwsFixtures.rebase(ALERT, NwsFixtures.RECORDED_AT.plus(Duration.ofDays(8)));

    assertThat(moved)
        .contains("issued March 18 at 9:05AM EDT", "Until Thursday afternoon, then again Friday.", "None on March 17.",
            "\"effective\":\"2026-03-18T09:05:00-04:00\"")
        .doesNotContain("March 10", "Wednesday");
  }

  @Test
  void keepsUpdateAndObservationTimesAsRecentAsTheyWereWhenRecorded() {
    String forecast = "{\"properties\": {\"updateTime\": \"2026-03-10T18:55:11+00:00\","
        + " \"timestamp\": \"2026-03-10T19:15:00+00:00\", \"validTimes\": \"2026-03-10T12:00:00+00:00\"}}";
    Instant now = NwsFixtures.RECORDED_AT.plus(Duration.ofDays(8)).plus(Duration.ofHours(5));

    String moved = NwsFixtures.rebase(forecast, now);

    assertThat(moved).as("47 minutes before the recording, so 47 minutes before now")
        .contains("\"updateTime\":\"" + at(now.minusSeconds(47 * 60))
            + "\"").as("27 minutes and 11 seconds before it")
        .contains("\"timestamp\":\"" + at(now.minusSeconds(27 * 60 + 11)) + "\"")
        .as("other times by whole days, keeping their hour")
        .contains("\"validTimes\":\"2026-03-18T12:00:00+00:00\"");
  }

  private static String at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx"));
  }

  @Test
  void movesAcrossTheEndOfAMonthAndYear() {
    assertThat(NwsFixtures.rebase(ALERT, NwsFixtures.RECORDED_AT.plus(Duration.ofDays(297)))).contains("issued January 1 at 9:05AM EDT");
  }
}
