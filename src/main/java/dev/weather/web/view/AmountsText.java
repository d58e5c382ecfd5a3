package dev.weather.web.view;

import dev.weather.forecast.Amounts;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.Measure;
import dev.weather.forecast.Units;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much falls, in words and the person's units, from the raw grid's amounts: a day card's
 * "Precipitation 0.30 in · Snow 1.2 in", and the next days' totals in a sentence. NWS forecasts
 * amounts about 3 days ahead; beyond that, and where nothing falls, there are no words.
 */
final class AmountsText {

  /** How far ahead the sentence sums: as far as NWS forecasts amounts. */
  static final Duration OUTLOOK = Duration.ofDays(3);

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
   * "Next 3 days: 0.30 in of precipitation (rain and melted snow), 1.2 in of snow."; or "No rain,
   * snow or ice forecast for the next 3 days." when NWS forecasts amounts and none is above 0. Null
   * without amounts at all.
   */
  static String outlook(GridHours grid, Instant now, Units units) {
    if (grid == null) {
      return null;
    }
    Amounts total = Amounts.between(grid, now.minus(Duration.ofHours(1)), now.plus(OUTLOOK));
    if (total.precipitation() == null && total.snowfall() == null && total.ice() == null) {
      return null;
    }
    List<String> said = new ArrayList<>();
    add(said, precipitation(total, units), "of precipitation (rain and melted snow)");
    add(said, depth(total.snowfall(), units), "of snow");
    add(said, depth(total.ice(), units), "of ice");
    return said.isEmpty()
        ? "No rain, snow or ice forecast for the next 3 days."
        : "Next 3 days: " + String.join(", ", said) + ".";
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

  private static void add(List<String> said, String amount, String what) {
    if (amount != null) {
      said.add(amount + " " + what);
    }
  }
}
