package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.MovableClock;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SuggestionLimitTest {

  private final MovableClock clock = new MovableClock();
  private final SuggestionLimit limit = new SuggestionLimit(new WebProperties(Duration.ofSeconds(2), 5), clock);

  @Test
  void letsABurstOfTwiceTheRateThroughThenOneRequestPerItsShareOfASecond() {
    assertThat(IntStream.range(0, 10).mapToObj(i -> limit.waitFor("a"))).allMatch(java.util.Optional::isEmpty);

    assertThat(limit.waitFor("a").orElseThrow()).isBetween(Duration.ofMillis(199), Duration.ofMillis(200));
    clock.advance(Duration.ofMillis(150));
    assertThat(limit.waitFor("a").orElseThrow()).isBetween(Duration.ofMillis(49), Duration.ofMillis(50));
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
    assertThat(new TooManyRequestsException(Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
    assertThat(new TooManyRequestsException(Duration.ofMillis(1000)).retryAfterSeconds()).isEqualTo(1);
    assertThat(new TooManyRequestsException(Duration.ofMillis(1001)).retryAfterSeconds()).isEqualTo(2);
    assertThat(new TooManyRequestsException(Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
  }
}
