package dev.weather.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** weather.demo.clock: where the demo's clock starts, from which it runs on. */
class DemoClockTest {

  @Test
  void startsAtTheMomentGivenAndRunsOn() throws Exception {
    Clock clock = new DemoClock().startedClock("2026-12-02T04:00:00-05:00");
    Instant start = Instant.parse("2026-12-02T09:00:00Z");

    Instant first = clock.instant();
    Thread.sleep(20);

    assertThat(first).isBetween(start, start.plusSeconds(2));
    assertThat(clock.instant()).isAfter(first);
  }

  @Test
  void isTheSystemsClockWhenNotGiven() {
    assertThat(Duration.between(new DemoClock().startedClock(" ").instant(), Instant.now()).abs())
        .isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void saysWhatItTakesWhenGivenSomethingElse() {
    assertThatThrownBy(() -> new DemoClock().startedClock("4 AM"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-12-02T04:00:00-05:00")
        .hasMessageContaining("\"4 AM\"");
  }
}
