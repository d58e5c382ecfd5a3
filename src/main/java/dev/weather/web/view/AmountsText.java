package dev.weather.web.view;

import dev.weather.forecast.Amounts;
import dev.weather.forecast.GridHour;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.Measure;
import dev.weather.forecast.Units;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How much falls, in words and the person's units, from the raw grid's amounts: a day card's
 * "Precipitation 0.30 in · Snow 1.2 in", and the next days' totals in a sentence. NWS forecasts
 * amounts about 3 days ahead; beyond that, and where nothing falls, there are no words.
 */
final class AmountsText {

  /** How far ahead the sentence sums: as far as NWS forecasts amounts. */
  static final Duration OUTLOOK = Duration.ofDays(3);

  /** Where NWS's day and night forecast periods begin, in local hours. */
  private static final int DAY_STARTS = 6;

  private static final int NIGHT_STARTS = 18;

  private AmountsText() {}

  /**
   * What falls from {@code from} until {@code until}; null when nothing does, or NWS says nothing.
   */
  static String between(GridHours grid, Instant from, Instant until, Units units) {
    if (grid == null) {
      return null;
    }
    List<String> parts = parts(Amounts.between(grid, from, until), units);
    return parts.isEmpty() ? null : String.join(" · ", parts);
  }

  /**
   * "Next 3 days: 0.30 in of precipitation (rain and melted snow), tonight through Wednesday; 1.2
   * in of snow, Wednesday night."; or "No rain, snow or ice forecast for the next 3 days." when NWS
   * forecasts amounts and none is above 0. Null without amounts at all.
   */
  static String outlook(GridHours grid, Instant now, ZoneId zone, Units units) {
    if (grid == null) {
      return null;
    }
    List<GridHour> hours = grid.between(now.minus(Duration.ofHours(1)), now.plus(OUTLOOK));
    Amounts total = Amounts.total(hours);
    if (total.precipitation() == null && total.snowfall() == null && total.ice() == null) {
      return null;
    }
    When when = new When(hours, zone, now);
    List<String> said = new ArrayList<>();
    add(
        said,
        precipitation(total, units),
        "of precipitation (rain and melted snow)",
        when.falls(Amounts::precipitation));
    add(said, depth(total.snowfall(), units), "of snow", when.falls(Amounts::snowfall));
    add(said, depth(total.ice(), units), "of ice", when.falls(Amounts::ice));
    return said.isEmpty()
        ? "No rain, snow or ice forecast for the next 3 days."
        : "Next 3 days: " + String.join("; ", said) + ".";
  }

  /**
   * When something falls, in NWS's halves of a day: "tonight", "Wednesday", "Wednesday night" (6 PM
   * to 6 AM belongs to the day it starts on), a span as "tonight through Thursday".
   */
  private record When(List<GridHour> hours, ZoneId zone, Instant now) {

    String falls(Function<Amounts, Double> part) {
      List<GridHour> wet = hours.stream().filter(h -> falls(part.apply(h.amounts()))).toList();
      if (wet.isEmpty()) {
        return null;
      }
      String first = name(wet.get(0).start());
      String last = name(wet.get(wet.size() - 1).start());
      return first.equals(last) ? first : first + " through " + last;
    }

    private static boolean falls(Double amount) {
      return amount != null && amount > 0;
    }

    private String name(Instant hour) {
      LocalDateTime local = LocalDateTime.ofInstant(hour, zone);
      boolean night = local.getHour() < DAY_STARTS || local.getHour() >= NIGHT_STARTS;
      LocalDate day = halfOf(local);
      if (day.equals(halfOf(LocalDateTime.ofInstant(now, zone)))) {
        return night ? "tonight" : "today";
      }
      String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
      return night ? weekday + " night" : weekday;
    }

    /** The day a half belongs to: the small hours are the night before's. */
    private static LocalDate halfOf(LocalDateTime local) {
      return local.getHour() < DAY_STARTS ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }
  }

  private static List<String> parts(Amounts amounts, Units units) {
    List<String> parts = new ArrayList<>();
    addLabelled(parts, "Precipitation", precipitation(amounts, units));
    addLabelled(parts, "Snow", depth(amounts.snowfall(), units));
    addLabelled(parts, "Ice", depth(amounts.ice(), units));
    return parts;
  }

  private static String precipitation(Amounts amounts, Units units) {
    Measure m = units.precipitation(amounts.precipitation());
    return above0(m) ? Readings.gauge(m) : null;
  }

  /** As a ruler reads snow: "1.2 in", "3.0 cm". */
  private static String depth(Double mm, Units units) {
    Measure m = units.depth(mm);
    return above0(m) ? format(m, 1) : null;
  }

  private static boolean above0(Measure m) {
    return m != null && m.value() > 0;
  }

  private static String format(Measure m, int decimals) {
    return String.format(Locale.US, "%." + decimals + "f %s", m.value(), m.unit());
  }

  private static void addLabelled(List<String> parts, String label, String amount) {
    if (amount != null) {
      parts.add(label + " " + amount);
    }
  }

  private static void add(List<String> said, String amount, String what, String when) {
    if (amount != null) {
      said.add(amount + " " + what + (when == null ? "" : ", " + when));
    }
  }
}
