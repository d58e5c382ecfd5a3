package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.HourlyPeriod;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Where the chart marks now and the days. */
class ChartViewTest {

  private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
  /** 30 hours from 6 PM: midnight is the seventh. Each hour is (720 - 48 - 48) / 30 = 20.8 units wide. */
  private static final List<HourlyPeriod> HOURS = IntStream.range(0, 30)
      .mapToObj(i -> {
        OffsetDateTime start = OffsetDateTime.parse("2026-03-10T18:00:00-07:00").plusHours(i);
        return new HourlyPeriod(start, start.plusHours(1), false, 40 + i % 5, "F", 10, "5 mph", "N", "Clear");
      })
      .toList();

  @Test
  void marksNowWithinItsHourAndEachMidnight() {
    ChartView chart = ChartView.of(HOURS, PACIFIC, Instant.parse("2026-03-11T02:30:00Z")); // 7:30 PM PDT

    assertThat(chart.now()).isEqualTo(48 + 20.8 * 1.5);
    assertThat(chart.daySeparators()).containsExactly(48 + 20.8 * 6);
  }

  @Test
  void marksNothingForANowOutsideTheHours() {
    assertThat(ChartView.of(HOURS, PACIFIC, Instant.parse("2026-03-11T00:59:59Z")).now()).isNull();
    assertThat(ChartView.of(HOURS, PACIFIC, Instant.parse("2026-03-12T07:00:00Z")).now()).isNull();
    assertThat(ChartView.of(HOURS, PACIFIC, Instant.parse("2026-03-11T01:00:00Z")).now()).isEqualTo(48.0);
  }
}
