package dev.weather.web.view;

import dev.weather.forecast.Measure;
import java.util.Locale;

/** Numbers as a page prints them: whole, rounded as people round, with their unit. */
final class Readings {

  private Readings() {}

  /** "45°F", "7 mph": degrees join their unit, other units stand apart; null stays null. */
  static String whole(Measure m) {
    if (m == null) {
      return null;
    }
    long value = round(m.value());
    return m.unit().startsWith("°") ? value + m.unit() : value + " " + m.unit();
  }

  /** As rain gauges read: "0.05 in" (to a hundredth), "1.3 mm" (to a tenth); null stays null. */
  static String gauge(Measure m) {
    if (m == null) {
      return null;
    }
    return String.format(
        Locale.US, m.unit().equals("in") ? "%.2f %s" : "%.1f %s", m.value(), m.unit());
  }

  /** Halves away from zero, as people round: -9.5 ° is -10 °, not -9 °. */
  static long round(double value) {
    return (long) Math.signum(value) * Math.round(Math.abs(value));
  }
}
