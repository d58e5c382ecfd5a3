package dev.weather.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What falls, summed for each local day and for a storm. */
class AmountsTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void theDayClocksGoForwardHas23HoursAndTheDayTheyGoBack25() {
    // A millimetre an hour from local midnight, for three days.
    GridHours march =
        everyHour(Instant.parse("2026-03-07T05:00:00Z"), 72, new Amounts(1.0, null, null));
    GridHours november =
        everyHour(Instant.parse("2026-10-31T04:00:00Z"), 72, new Amounts(1.0, null, null));

    assertThat(Amounts.perDay(march, NEW_YORK))
        .containsExactly(
            entry(LocalDate.parse("2026-03-07"), new Amounts(24.0, null, null)),
            entry(LocalDate.parse("2026-03-08"), new Amounts(23.0, null, null)),
            entry(LocalDate.parse("2026-03-09"), new Amounts(24.0, null, null)),
            entry(LocalDate.parse("2026-03-10"), new Amounts(1.0, null, null)));
    assertThat(Amounts.perDay(november, NEW_YORK))
        .containsExactly(
            entry(LocalDate.parse("2026-10-31"), new Amounts(24.0, null, null)),
            entry(LocalDate.parse("2026-11-01"), new Amounts(25.0, null, null)),
            entry(LocalDate.parse("2026-11-02"), new Amounts(23.0, null, null)));
  }

  @Test
  void anHourStartingAtLocalMidnightBelongsToTheNewDay() {
    GridHours grid =
        grid(
            hour("2026-07-16T03:00:00Z", new Amounts(1.0, 2.0, 3.0)), // 23:00 EDT on the 15th
            hour("2026-07-16T04:00:00Z", new Amounts(10.0, 20.0, 30.0))); // midnight EDT

    assertThat(Amounts.perDay(grid, NEW_YORK))
        .containsExactly(
            entry(LocalDate.parse("2026-07-15"), new Amounts(1.0, 2.0, 3.0)),
            entry(LocalDate.parse("2026-07-16"), new Amounts(10.0, 20.0, 30.0)));
    assertThat(Amounts.perDay(grid, ZoneId.of("UTC")))
        .containsExactly(entry(LocalDate.parse("2026-07-16"), new Amounts(11.0, 22.0, 33.0)));
  }

  @Test
  void sumsTheHoursThatHaveAValueAndSaysNullWhenNoneHas() {
    GridHours grid =
        grid(
            hour("2026-07-16T12:00:00Z", new Amounts(0.0, null, 0.5)),
            hour("2026-07-16T13:00:00Z", new Amounts(0.0, null, null)),
            hour("2026-07-16T14:00:00Z", Amounts.NONE));

    assertThat(Amounts.perDay(grid, NEW_YORK))
        .containsExactly(entry(LocalDate.parse("2026-07-16"), new Amounts(0.0, null, 0.5)));
  }

  @Test
  void sixSixthsOfAnAmountAddUpToTheAmount() {
    GridHours sixths =
        everyHour(Instant.parse("2026-07-16T12:00:00Z"), 6, new Amounts(1.0 / 6, 0.254 / 6, 0.1));

    assertThat(Amounts.between(sixths, Instant.MIN, Instant.MAX))
        .isEqualTo(new Amounts(1.0, 0.254, 0.6));
  }

  @Test
  void roundsTotalsToAMillionthOfAMillimetre() {
    GridHours tiny =
        grid(hour("2026-07-16T12:00:00Z", new Amounts(0.0000004, 0.0000006, 2.0000014)));

    assertThat(Amounts.between(tiny, Instant.MIN, Instant.MAX))
        .isEqualTo(new Amounts(0.0, 0.000001, 2.000001));
  }

  @Test
  void aStormsTotalHoldsTheHoursStartingFromItsStartUntilItsEnd() {
    GridHours grid =
        everyHour(Instant.parse("2026-07-16T10:00:00Z"), 6, new Amounts(1.0, 2.0, null));

    Amounts fromEleven =
        Amounts.between(
            grid, Instant.parse("2026-07-16T11:00:00Z"), Instant.parse("2026-07-16T14:00:00Z"));
    Amounts fromJustAfterEleven =
        Amounts.between(
            grid, Instant.parse("2026-07-16T11:00:01Z"), Instant.parse("2026-07-16T14:00:01Z"));

    assertThat(fromEleven).isEqualTo(new Amounts(3.0, 6.0, null));
    assertThat(fromJustAfterEleven).isEqualTo(new Amounts(3.0, 6.0, null));
    assertThat(Amounts.between(grid, Instant.parse("2026-07-17T00:00:00Z"), Instant.MAX))
        .isEqualTo(Amounts.NONE);
  }

  @Test
  void givesTheDaysInOrderAndKeepsThemAsGiven() {
    SortedMap<LocalDate, Amounts> days =
        Amounts.perDay(
            everyHour(Instant.parse("2026-07-16T00:00:00Z"), 48, Amounts.NONE), NEW_YORK);

    assertThat(days.keySet())
        .containsExactly(
            LocalDate.parse("2026-07-15"),
            LocalDate.parse("2026-07-16"),
            LocalDate.parse("2026-07-17"));
    assertThatThrownBy(() -> days.put(LocalDate.parse("2026-07-18"), Amounts.NONE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Amounts.perDay(grid(), NEW_YORK)).isEmpty();
  }

  /** {@code count} hours from {@code first}, each with {@code amounts}. */
  static GridHours everyHour(Instant first, int count, Amounts amounts) {
    List<GridHour> hours = new ArrayList<>();
    IntStream.range(0, count).forEach(i -> hours.add(hour(first.plusSeconds(3600L * i), amounts)));
    return new GridHours(null, hours);
  }

  private static GridHours grid(GridHour... hours) {
    return new GridHours(null, List.of(hours));
  }

  private static GridHour hour(String start, Amounts amounts) {
    return hour(Instant.parse(start), amounts);
  }

  static GridHour hour(Instant start, Amounts amounts) {
    return new GridHour(
        start, null, null, null, null, null, null, null, null, null, null, null, null, amounts);
  }
}
