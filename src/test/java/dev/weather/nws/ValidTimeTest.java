package dev.weather.nws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The intervals of NWS's raw grid, and the whole hours each holds. */
class ValidTimeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-07-15T20:00:00+00:00/PT1H,  2026-07-15T20:00:00Z, 2026-07-15T21:00:00Z",
    "2026-07-15T20:00:00+00:00/PT6H,  2026-07-15T20:00:00Z, 2026-07-16T02:00:00Z",
    "2026-07-15T20:00:00+00:00/P1D,   2026-07-15T20:00:00Z, 2026-07-16T20:00:00Z",
    "2026-07-15T20:00:00+00:00/P1DT6H, 2026-07-15T20:00:00Z, 2026-07-17T02:00:00Z",
    "2026-07-15T20:00:00-04:00/PT2H,  2026-07-16T00:00:00Z, 2026-07-16T02:00:00Z",
    "2026-07-15T20:00:00Z/2026-07-15T23:00:00Z, 2026-07-15T20:00:00Z, 2026-07-15T23:00:00Z",
    "PT3H/2026-07-15T23:00:00+00:00,  2026-07-15T20:00:00Z, 2026-07-15T23:00:00Z"
  })
  void readsEachFormOfInterval(String text, Instant start, Instant end) {
    assertThat(ValidTime.parse(text)).isEqualTo(new ValidTime(start, end));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullSource
  @ValueSource(
      strings = {
        "",
        "2026-07-15T20:00:00+00:00",
        "2026-07-15T20:00:00+00:00/P1M",
        "2026-07-15T20:00:00+00:00/P1W",
        "NOW/PT1H",
        "2026-07-15T20:00:00+00:00/PT0S",
        "2026-07-15T20:00:00+00:00/PT-1H",
        "2026-07-15T20:00:00Z/2026-07-15T19:00:00Z",
        "2026-07-15T20:00:00+00:00/PT99999999999999H",
        "yesterday/PT1H"
      })
  void readsNoIntervalFromWhatIsNone(String text) {
    assertThat(ValidTime.parse(text)).isNull();
  }

  @Test
  void anHourLongIntervalOnTheHourHoldsThatHour() {
    ValidTime time = ValidTime.parse("2026-07-15T20:00:00+00:00/PT1H");

    assertThat(time.hourCount()).isEqualTo(1);
    assertThat(time.hours(240)).containsExactly(at("2026-07-15T20:00:00Z"));
  }

  @Test
  void aSixHourIntervalHoldsEachOfItsHoursAcrossMidnightUtc() {
    ValidTime time = ValidTime.parse("2026-07-15T21:00:00+00:00/PT6H");

    assertThat(time.hourCount()).isEqualTo(6);
    assertThat(time.hours(240))
        .containsExactly(
            at("2026-07-15T21:00:00Z"),
            at("2026-07-15T22:00:00Z"),
            at("2026-07-15T23:00:00Z"),
            at("2026-07-16T00:00:00Z"),
            at("2026-07-16T01:00:00Z"),
            at("2026-07-16T02:00:00Z"));
  }

  @Test
  void anIntervalStartingMidHourHoldsTheHoursThatBeginInIt() {
    // 12:30 to 13:30 holds 13:00's start; 11:59:23 to 13:59:23 (the sample's re-based times)
    // holds 12:00 and 13:00; the one that follows, from 13:59:23, holds 14:00 on: none shared.
    ValidTime halfPast = ValidTime.parse("2026-07-15T12:30:00+00:00/PT1H");
    ValidTime early = ValidTime.parse("2026-07-15T11:59:23+00:00/PT2H");
    ValidTime next = ValidTime.parse("2026-07-15T13:59:23+00:00/PT1H");

    assertThat(halfPast.hours(240)).containsExactly(at("2026-07-15T13:00:00Z"));
    assertThat(early.hourCount()).isEqualTo(2);
    assertThat(early.hours(240))
        .containsExactly(at("2026-07-15T12:00:00Z"), at("2026-07-15T13:00:00Z"));
    assertThat(next.hours(240)).containsExactly(at("2026-07-15T14:00:00Z"));
  }

  @Test
  void anIntervalStartingASecondPastTheHourHoldsFromTheNextHour() {
    ValidTime time = ValidTime.parse("2026-07-15T12:00:01+00:00/PT2H");

    assertThat(time.hours(240))
        .containsExactly(at("2026-07-15T13:00:00Z"), at("2026-07-15T14:00:00Z"));
  }

  @Test
  void aShortIntervalHoldsAnHourOnlyIfThatHourBeginsInIt() {
    ValidTime fromTheHour = ValidTime.parse("2026-07-15T12:00:00+00:00/PT30M");
    ValidTime within = ValidTime.parse("2026-07-15T12:10:00+00:00/PT20M");
    ValidTime toTheHour = ValidTime.parse("2026-07-15T12:10:00+00:00/PT50M");

    assertThat(fromTheHour.hours(240)).containsExactly(at("2026-07-15T12:00:00Z"));
    assertThat(within.hourCount()).isZero();
    assertThat(within.hours(240)).isEmpty();
    assertThat(toTheHour.hourCount()).isZero();
  }

  @Test
  void listsNoMoreHoursThanAskedButCountsThemAll() {
    ValidTime time = ValidTime.parse("2026-07-15T00:00:00+00:00/P30D");

    List<Instant> hours = time.hours(3);

    assertThat(time.hourCount()).isEqualTo(720);
    assertThat(hours)
        .containsExactly(
            at("2026-07-15T00:00:00Z"), at("2026-07-15T01:00:00Z"), at("2026-07-15T02:00:00Z"));
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
