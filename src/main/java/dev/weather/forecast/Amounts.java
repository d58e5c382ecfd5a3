package dev.weather.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How much falls, in millimetres: {@code precipitation} is the liquid equivalent of all of it
 * (melted snow and ice included, NWS's quantitative precipitation), {@code snowfall} the depth of
 * snow, {@code ice} the ice that builds up. Each is null when NWS forecasts none at all, which is
 * not the same as 0. An hour's amounts are its share of NWS's totals; summed here for a day or a
 * storm.
 */
public record Amounts(Double precipitation, Double snowfall, Double ice) {

  public static final Amounts NONE = new Amounts(null, null, null);

  /**
   * Totals are rounded to a millionth of a millimetre: far finer than what NWS gives (a hundredth
   * of an inch is 0.254 mm), far coarser than the error of adding doubles, so six sixths of an
   * amount add up to exactly the amount.
   */
  private static final double STEPS_PER_MM = 1e6;

  /**
   * The totals of each local day in {@code zone}: a day holds the hours that start on it, so 23 of
   * them on the day clocks go forward and 25 on the day they go back. Days in date order; only days
   * the grid has hours of, and a day the grid covers in part sums only those hours.
   */
  public static SortedMap<LocalDate, Amounts> perDay(GridHours grid, ZoneId zone) {
    SortedMap<LocalDate, Amounts> days =
        grid.hours().stream()
            .collect(
                Collectors.groupingBy(
                    hour -> LocalDate.ofInstant(hour.start(), zone),
                    TreeMap::new,
                    Collectors.collectingAndThen(Collectors.toList(), Amounts::total)));
    return Collections.unmodifiableSortedMap(days);
  }

  /** The totals of the hours that start from {@code from} until {@code until}: a storm's total. */
  public static Amounts between(GridHours grid, Instant from, Instant until) {
    return total(grid.between(from, until));
  }

  /** The totals of {@code hours}. */
  public static Amounts total(List<GridHour> hours) {
    return new Amounts(
        sum(hours, Amounts::precipitation),
        sum(hours, Amounts::snowfall),
        sum(hours, Amounts::ice));
  }

  /** The sum of the hours that have a value; null when none has. */
  private static Double sum(List<GridHour> hours, Function<Amounts, Double> part) {
    List<Double> known =
        hours.stream().map(hour -> part.apply(hour.amounts())).filter(Objects::nonNull).toList();
    if (known.isEmpty()) {
      return null;
    }
    double sum = 0;
    for (double value : known) {
      sum += value;
    }
    return Math.round(sum * STEPS_PER_MM) / STEPS_PER_MM;
  }
}
