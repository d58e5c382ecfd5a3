package dev.weather.web.view;

import dev.weather.forecast.Measure;

/**
 * Wind as the page prints it: forecast, "SW 8 to 14 mph", or "calm" when NWS gives neither
 * direction nor speed; observed, "NNE 5 mph, gusts 15 mph", or "Calm".
 */
final class Wind {

  private Wind() {}

  /** A station's reading; null when it gave no speed. */
  static String observed(Measure speed, String from, Measure gust) {
    if (speed == null) {
      return null;
    }
    long rounded = Readings.round(speed.value());
    String steady =
        rounded == 0 ? "Calm" : (from == null ? "" : from + " ") + rounded + " " + speed.unit();
    return gust == null ? steady : steady + ", gusts " + Readings.whole(gust);
  }

  static String text(String direction, String speed) {
    String wind =
        ((direction == null ? "" : direction) + " " + (speed == null ? "" : speed)).strip();
    return wind.isEmpty() ? "calm" : wind;
  }
}
