package dev.weather.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
  void movesAcrossTheEndOfAMonthAndYear() {
    assertThat(NwsFixtures.rebase(ALERT, Duration.ofDays(297))).contains("issued January 1 at 9:05AM EDT");
  }
}
