package dev.weather.web.view;

import dev.weather.forecast.Measure;

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

  /** Halves away from zero, as people round: -9.5 ° is -10 °, not -9 °. */
  static long round(double value) {
    return (long) Math.signum(value) * Math.round(Math.abs(value));
  }
}
