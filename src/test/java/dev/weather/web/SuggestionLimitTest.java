package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SuggestionLimitTest {

  /** Still unless moved: the bucket's refill is timed to the millisecond. */
  private final StillClock clock = new StillClock();

  private final SuggestionLimit limit =
      new SuggestionLimit(
          new WebProperties(
              Duration.ofSeconds(2),
              5,
              Duration.ofSeconds(30),
              org.springframework.util.unit.DataSize.ofMegabytes(64),
              200,
              Duration.ofSeconds(10)),
          clock);

  @Test
  void letsABurstOfTwiceTheRateThroughThenOneRequestPerItsShareOfASecond() {
    assertThat(IntStream.range(0, 10).mapToObj(i -> limit.waitFor("a")))
        .allMatch(java.util.Optional::isEmpty);

    assertThat(limit.waitFor("a")).hasValue(Duration.ofMillis(200));
    clock.advance(Duration.ofMillis(150));
    assertThat(limit.waitFor("a")).hasValue(Duration.ofMillis(50));
    clock.advance(Duration.ofMillis(50));
    assertThat(limit.waitFor("a")).as("a fifth of a second later").isEmpty();
    assertThat(limit.waitFor("a")).isPresent();
  }

  @Test
  void countsEachClientOnItsOwn() {
    IntStream.range(0, 10).forEach(i -> limit.waitFor("a"));

    assertThat(limit.waitFor("a")).isPresent();
    assertThat(limit.waitFor("b")).isEmpty();
  }

  @Test
  void roundsTheWaitUpToWholeSecondsForRetryAfter() {
    assertThat(new TooManyRequestsException(Duration.ofMillis(1), 5).retryAfterSeconds())
        .isEqualTo(1);
    assertThat(new TooManyRequestsException(Duration.ofMillis(1000), 5).retryAfterSeconds())
        .isEqualTo(1);
    assertThat(new TooManyRequestsException(Duration.ofMillis(1001), 5).retryAfterSeconds())
        .isEqualTo(2);
    assertThat(new TooManyRequestsException(Duration.ZERO, 5).retryAfterSeconds()).isEqualTo(1);
  }

  private static final class StillClock extends Clock {

    private Instant now = Instant.parse("2026-12-03T06:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
