package dev.weather.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.Alert;
import dev.weather.forecast.Amounts;
import dev.weather.forecast.GridHour;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.GridWeather;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Units;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The chart's geometry, scales, ticks and text, and where it marks now and the days. */
class ChartViewTest {

  private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

  /**
   * 30 hours from 6 PM: midnight is the seventh. Each hour is (720 - 48 - 48) / 30 = 20.8 units
   * wide.
   */
  private static final List<HourlyPeriod> HOURS =
      IntStream.range(0, 30)
          .mapToObj(
              i -> {
                OffsetDateTime start =
                    OffsetDateTime.parse("2026-03-10T18:00:00-07:00").plusHours(i);
                return new HourlyPeriod(
                    start, start.plusHours(1), false, 40 + i % 5, "F", 10, "5 mph", "N", "Clear");
              })
          .toList();

  @Test
  void marksNowWithinItsHourAndEachMidnight() {
    ChartView chart =
        ChartView.of(HOURS, PACIFIC, Instant.parse("2026-03-11T02:30:00Z")); // 7:30 PM PDT

    assertThat(chart.now()).isEqualTo(48 + 20.8 * 1.5);
    assertThat(chart.daySeparators()).containsExactly(48 + 20.8 * 6);
  }

  @Test
  void marksNothingForANowOutsideTheHours() {
    assertThat(ChartView.of(HOURS, PACIFIC, Instant.parse("2026-03-11T00:59:59Z")).now()).isNull();
    assertThat(ChartView.of(HOURS, PACIFIC, Instant.parse("2026-03-12T07:00:00Z")).now()).isNull();
    assertThat(ChartView.of(HOURS, PACIFIC, Instant.parse("2026-03-11T01:00:00Z")).now())
        .isEqualTo(48.0);
  }

  /**
   * Four hours from 11 PM PDT: 41, 45, 50 and 38 °F; 0, 50 and 100 % chance, then none given. The
   * scale runs from 35 (the 5 below the coldest) to 55 (the 5 above the warmest); each hour is 624
   * / 4 = 156 units wide, the plot 200 high from y = 16, so a degree is 10 units and a percent 2.
   */
  private static final List<HourlyPeriod> FOUR =
      List.of(
          hour(0, 41, 0, "N", "5 mph"),
          hour(1, 45, 50, "SW", "10 mph"),
          hour(2, 50, 100, null, null),
          hour(3, 38, null, "E", null));

  @Test
  void drawsTheTemperatureLineAndTheChanceBarsOnTheirScales() {
    ChartView chart = ChartView.of(FOUR, PACIFIC, Instant.parse("2026-03-11T06:30:00Z"));

    assertThat(chart.width()).isEqualTo(720);
    assertThat(chart.height()).isEqualTo(260);
    assertThat(List.of(chart.plotLeft(), chart.plotRight(), chart.plotTop(), chart.plotBottom()))
        .containsExactly(48, 672, 16, 216);
    assertThat(chart.temperaturePoints())
        .isEqualTo("126.0,156.0 282.0,116.0 438.0,66.0 594.0,186.0");
    assertThat(chart.bars())
        .containsExactly(
            new ChartView.Bar(63.6, 216.0, 124.8, 0.0),
            new ChartView.Bar(219.6, 116.0, 124.8, 100.0),
            new ChartView.Bar(375.6, 16.0, 124.8, 200.0),
            new ChartView.Bar(531.6, 216.0, 124.8, 0.0));
    assertThat(chart.now()).as("half way through the first hour").isEqualTo(126.0);
  }

  @Test
  void ticksEveryFiveDegreesEveryQuarterAndEverySixHours() {
    ChartView chart = ChartView.of(FOUR, PACIFIC, Instant.parse("2026-03-11T06:30:00Z"));

    assertThat(chart.temperatureTicks())
        .containsExactly(
            new ChartView.Tick(216.0, "35°F"),
            new ChartView.Tick(166.0, "40°F"),
            new ChartView.Tick(116.0, "45°F"),
            new ChartView.Tick(66.0, "50°F"),
            new ChartView.Tick(16.0, "55°F"));
    assertThat(chart.chanceTicks())
        .containsExactly(
            new ChartView.Tick(216.0, "0%"),
            new ChartView.Tick(166.0, "25%"),
            new ChartView.Tick(116.0, "50%"),
            new ChartView.Tick(66.0, "75%"),
            new ChartView.Tick(16.0, "100%"));
    assertThat(chart.hourTicks())
        .as("midnight, named by its day")
        .containsExactly(new ChartView.Tick(282.0, "Wed"));
    assertThat(chart.daySeparators()).containsExactly(204.0);
  }

  @Test
  void tellsTheSameNumbersInWordsAndInATable() {
    ChartView chart = ChartView.of(FOUR, PACIFIC, Instant.parse("2026-03-11T06:30:00Z"));

    assertThat(chart.title()).isEqualTo("Next 4 hours: temperature and chance of precipitation");
    assertThat(chart.description())
        .isEqualTo(
            "Temperature from 38°F (Wed 2 AM) to 50°F (Wed 1 AM)."
                + " Chance of precipitation peaks at 100% (Wed 1 AM).");
    assertThat(chart.rows())
        .containsExactly(
            new ChartView.Row("Tue 11 PM", "41°F", "0%", "N 5 mph", "Clear", null, null),
            new ChartView.Row("Wed 12 AM", "45°F", "50%", "SW 10 mph", "Clear", null, null),
            new ChartView.Row("Wed 1 AM", "50°F", "100%", "calm", "Clear", null, null),
            new ChartView.Row("Wed 2 AM", "38°F", "–", "E", "Clear", null, null));
  }

  @Test
  void joinsEachHourToTheRawGridsDetailForItInThePersonsUnits() {
    Instant first = FOUR.get(0).startTime().toInstant();
    GridHour cold =
        new GridHour(
            first,
            -5.0,
            null,
            -5.0,
            -9.4,
            71,
            80,
            16.0,
            32.2,
            200,
            30,
            0,
            List.of(new GridWeather("slight_chance", "snow_showers", "light")),
            Amounts.NONE);
    GridHour calm =
        new GridHour(
            first.plusSeconds(3600),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            Amounts.NONE);
    GridHours grid = new GridHours(FOUR.get(0).startTime(), List.of(cold, calm));

    ChartView us = ChartView.of(FOUR, grid, List.of(), Units.US, PACIFIC, first);
    ChartView si = ChartView.of(FOUR, grid, List.of(), Units.SI, PACIFIC, first);

    assertThat(us.rows().get(0).detail())
        .isEqualTo(
            new HourDetail(
                "23°F", "15°F", "71%", "80%", "20 mph", "0%", "Light snow showers, slight chance"));
    assertThat(si.rows().get(0).detail().feelsLike()).isEqualTo("-5°C");
    assertThat(si.rows().get(0).detail().gusts()).isEqualTo("32 km/h");
    assertThat(us.rows().get(1).detail())
        .isEqualTo(new HourDetail(null, null, null, null, null, null, "None"));
    assertThat(us.rows().get(2).detail()).isNull();
    assertThat(us.detailed()).isTrue();
    assertThat(ChartView.of(FOUR, PACIFIC, first).detailed()).isFalse();
  }

  @Test
  void marksEachAlertAlongTheTopOverTheHoursItTouchesAndNamesItInTheirRows() {
    OffsetDateTime first = FOUR.get(0).startTime();
    Alert wind = alert("Wind Advisory", "Moderate", first.plusHours(1), first.plusMinutes(150));
    Alert flood = alert("Flood Watch", null, null, first.plusMinutes(30));
    Alert later = alert("Freeze Warning", "Minor", first.plusHours(4), first.plusHours(9));

    ChartView chart =
        ChartView.of(FOUR, null, List.of(wind, flood, later), Units.US, PACIFIC, first.toInstant());

    // 4 hours over the 624 px plot from x = 48: 156 px an hour; a band a row, 6 px and 1 apart.
    assertThat(chart.alertBands())
        .containsExactly(
            new AlertSpans.Band(204, 16, 312, 6, "severity-moderate", "Wind Advisory"),
            new AlertSpans.Band(48, 23, 156, 6, "severity-unknown", "Flood Watch"));
    assertThat(chart.rows())
        .extracting(ChartView.Row::alerts)
        .containsExactly("Flood Watch", "Wind Advisory", "Wind Advisory", null);
    assertThat(chart.alerted()).isTrue();
    assertThat(ChartView.of(FOUR, PACIFIC, first.toInstant()).alerted()).isFalse();
    // "Now" sits under the two bands (16 + 2 * 7 + 12), and 12 px into the plot without any.
    assertThat(chart.nowLabelY()).isEqualTo(42.0);
    assertThat(ChartView.of(FOUR, PACIFIC, first.toInstant()).nowLabelY()).isEqualTo(28.0);
  }

  private static Alert alert(
      String event, String severity, OffsetDateTime onset, OffsetDateTime ends) {
    OffsetDateTime issued = FOUR.get(0).startTime().minusHours(3);
    return new Alert(
        "urn:" + event, event, severity, event, issued, onset, ends, null, null, null, null, null);
  }

  @Test
  void ticksEveryTenDegreesOverAWideRangeAndLeavesOutHoursWithoutATemperature() {
    List<HourlyPeriod> hours =
        List.of(
            hour(0, 10, null, null, null),
            hour(1, null, 20, null, null),
            hour(2, 60, 0, null, null));
    ChartView chart = ChartView.of(hours, PACIFIC, Instant.parse("2026-03-11T06:30:00Z"));

    assertThat(chart.title()).startsWith("Next 2 hours");
    assertThat(chart.temperatureTicks())
        .extracting(ChartView.Tick::label)
        .containsExactly("5°F", "15°F", "25°F", "35°F", "45°F", "55°F", "65°F");
    assertThat(chart.description()).endsWith("No precipitation expected.");
  }

  @Test
  void spansAtLeastTenDegreesWhenTheHoursBarelyChange() {
    ChartView chart =
        ChartView.of(
            List.of(hour(0, 44, null, null, null), hour(1, 44, null, null, null)),
            PACIFIC,
            Instant.parse("2026-03-11T06:30:00Z"));

    assertThat(chart.temperatureTicks())
        .extracting(ChartView.Tick::label)
        .containsExactly("40°F", "45°F", "50°F");
    assertThat(chart.temperaturePoints())
        .as("44 on a scale of 40 to 50")
        .isEqualTo("204.0,136.0 516.0,136.0");
  }

  @Test
  void ticksSixInTheMorningSeparatesNoDayBeforeTheFirstHourAndTakesAnHourWhenNwsGivesNoEnd() {
    // From midnight: 12 AM to 7 AM, 6 to 46 °F (a range of exactly 40: still every 5 degrees); the
    // last hour has no end.
    List<HourlyPeriod> hours =
        IntStream.range(0, 8)
            .mapToObj(
                i -> {
                  OffsetDateTime start =
                      OffsetDateTime.parse("2026-03-11T00:00:00-07:00").plusHours(i);
                  return new HourlyPeriod(
                      start,
                      i == 7 ? null : start.plusHours(1),
                      false,
                      i == 0 ? 6 : 40,
                      "F",
                      null,
                      null,
                      null,
                      "Clear");
                })
            .toList();
    ChartView chart =
        ChartView.of(hours, PACIFIC, Instant.parse("2026-03-11T14:30:00Z")); // 7:30 AM PDT

    assertThat(chart.hourTicks()).extracting(ChartView.Tick::label).containsExactly("Wed", "6 AM");
    assertThat(chart.daySeparators()).isEmpty();
    assertThat(chart.temperatureTicks()).hasSize(9);
    assertThat(chart.now())
        .as("half way through the last hour, 78 units wide")
        .isEqualTo(48 + 78 * 7.5);
  }

  @Test
  void drawsNoChartWithoutATemperature() {
    assertThat(
            ChartView.of(
                List.of(hour(0, null, 10, null, null)),
                PACIFIC,
                Instant.parse("2026-03-11T06:30:00Z")))
        .isNull();
  }

  /** The hour {@code i} hours after 11 PM PDT on Tuesday, March 10, 2026. */
  private static HourlyPeriod hour(
      int i, Integer temperature, Integer chance, String direction, String speed) {
    OffsetDateTime start = OffsetDateTime.parse("2026-03-10T23:00:00-07:00").plusHours(i);
    return new HourlyPeriod(
        start, start.plusHours(1), false, temperature, "F", chance, speed, direction, "Clear");
  }
}
