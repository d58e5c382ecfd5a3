package dev.weather.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.ForecastPeriod;
import dev.weather.forecast.HourlyPeriod;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The line at the top of the page: the next 12 hours, whatever the hour, and when precipitation
 * comes.
 */
class TodayViewTest {

  private static final ZoneId EASTERN = ZoneId.of("America/New_York");

  /**
   * Tuesday 6 PM, when "Tonight" begins; "Wednesday" runs 6 AM to 6 PM, "Wednesday Night" after it.
   */
  private static final OffsetDateTime SIX_PM = OffsetDateTime.parse("2026-12-01T18:00:00-05:00");

  private static final List<ForecastPeriod> PERIODS =
      List.of(
          period("Tonight", SIX_PM, false, 31, "Clear", null),
          period("Wednesday", SIX_PM.plusHours(12), true, 52, "Mostly Sunny", 20),
          period("Wednesday Night", SIX_PM.plusHours(24), false, 36, "Rain Likely", 70));

  @Test
  void at4AmItIsTodaysHighThatMattersNotTheEndOfTheNight() {
    TodayView today = TodayView.of(PERIODS, List.of(), EASTERN, at(4 + 24 - 18));

    assertThat(today.name()).isEqualTo("Wednesday");
    assertThat(today.highOrLow()).isEqualTo("High");
    assertThat(today.temperature()).isEqualTo("52°F");
    assertThat(today.sky()).isEqualTo("Mostly Sunny");
    assertThat(today.icon()).isEqualTo("/assets/icons/mostly-day.svg");
  }

  @Test
  void at8PmItIsTonightsLow() {
    TodayView today = TodayView.of(PERIODS, List.of(), EASTERN, at(2));

    assertThat(today.name()).isEqualTo("Tonight");
    assertThat(today.highOrLow()).isEqualTo("Low");
    assertThat(today.temperature()).isEqualTo("31°F");
  }

  @Test
  void sameOverlapKeepsTheCurrentPeriod() {
    assertThat(TodayView.of(PERIODS, List.of(), EASTERN, at(6)).name()).isEqualTo("Tonight");
    assertThat(TodayView.of(PERIODS, List.of(), EASTERN, at(7)).name()).isEqualTo("Wednesday");
  }

  @Test
  void saysWhenRainComesAndHowLikely() {
    // From Wednesday 4 AM: dry until 2 PM, then 70% to the end of the 12 hours.
    List<HourlyPeriod> hours = hours(10, h -> h < 10 ? 0 : 70, "Rain Likely");

    assertThat(TodayView.of(PERIODS, hours, EASTERN, at(10)).precipitation())
        .isEqualTo("Rain likely after 2 PM, 70%");
  }

  @Test
  void saysWhenItStopsAndWhenItCameAndWent() {
    assertThat(
            TodayView.of(PERIODS, hours(10, h -> h < 3 ? 90 : 5, "Rain"), EASTERN, at(10))
                .precipitation())
        .isEqualTo("Rain until 7 AM, 90%");
    assertThat(
            TodayView.of(
                    PERIODS,
                    hours(10, h -> h >= 2 && h < 5 ? 40 : 5, "Chance Rain Showers"),
                    EASTERN,
                    at(10))
                .precipitation())
        .isEqualTo("Chance of showers 6 AM to 9 AM, 40%");
  }

  @Test
  void namesTheKindAtThePeakInNwsWordsForEachChance() {
    assertThat(line(h -> 20, "Slight Chance Snow")).isEqualTo("Slight chance of snow, 20%");
    assertThat(line(h -> 50, "Chance Showers And Thunderstorms"))
        .isEqualTo("Chance of thunderstorms, 50%");
    assertThat(line(h -> 60, "Freezing Rain Likely")).isEqualTo("Freezing rain likely, 60%");
    assertThat(line(h -> 80, "Sleet")).isEqualTo("Sleet, 80%");
    assertThat(line(h -> 30, "Chance Drizzle")).isEqualTo("Chance of drizzle, 30%");
    assertThat(line(h -> 30, "Mostly Cloudy")).isEqualTo("Chance of precipitation, 30%");
  }

  @Test
  void aDryDaySaysSo() {
    assertThat(line(h -> 0, "Sunny")).isEqualTo("Dry: no precipitation expected");
    assertThat(line(h -> h == 3 ? 19 : 2, "Sunny")).isEqualTo("Dry: at most a 19% chance");
  }

  @Test
  void onlyTheNext12HoursCount() {
    // Rain 13 hours ahead, past the window, and rain that ended an hour ago: neither is today's.
    List<HourlyPeriod> hours = new ArrayList<>(hours(9, h -> 0, "Sunny"));
    hours.add(0, hour(SIX_PM.plusHours(8), 90, "Rain"));
    hours.add(hour(SIX_PM.plusHours(10 + 12), 90, "Rain"));

    assertThat(TodayView.of(PERIODS, hours, EASTERN, at(10)).precipitation())
        .isEqualTo("Dry: no precipitation expected");
  }

  @Test
  void withoutTheHourlyForecastThePeriodsChanceIsShown() {
    assertThat(TodayView.of(PERIODS, List.of(), EASTERN, at(12)).precipitation())
        .isEqualTo("Chance of precipitation 20%");
    assertThat(TodayView.of(PERIODS, List.of(), EASTERN, at(0)).precipitation())
        .isEqualTo("No precipitation expected");
  }

  @Test
  void noPeriodLeftNoLine() {
    assertThat(TodayView.of(List.of(), List.of(), EASTERN, at(0))).isNull();
  }

  /** Hours after Tuesday 6 PM. */
  private static Instant at(int hours) {
    return SIX_PM.plusHours(hours).toInstant();
  }

  private static String line(IntFunction<Integer> chance, String sky) {
    return TodayView.of(PERIODS, hours(10, chance, sky), EASTERN, at(10)).precipitation();
  }

  /**
   * 12 hours from {@code from} hours after Tuesday 6 PM, the {@code h}th with {@code
   * chance.apply(h)}.
   */
  private static List<HourlyPeriod> hours(int from, IntFunction<Integer> chance, String sky) {
    List<HourlyPeriod> hours = new ArrayList<>();
    for (int h = 0; h < 12; h++) {
      hours.add(hour(SIX_PM.plusHours(from + h), chance.apply(h), sky));
    }
    return hours;
  }

  private static HourlyPeriod hour(OffsetDateTime start, Integer chance, String sky) {
    return new HourlyPeriod(
        start,
        start.plusHours(1),
        start.getHour() >= 6 && start.getHour() < 18,
        40,
        "F",
        chance,
        "5 mph",
        "N",
        sky);
  }

  private static ForecastPeriod period(
      String name, OffsetDateTime start, boolean day, int temperature, String sky, Integer chance) {
    return new ForecastPeriod(
        1,
        name,
        start,
        start.plusHours(12),
        day,
        temperature,
        "F",
        "5 mph",
        "N",
        chance,
        "https://api.weather.gov/icons/land/" + (day ? "day" : "night") + "/few?size=medium",
        sky,
        sky + ".");
  }
}
