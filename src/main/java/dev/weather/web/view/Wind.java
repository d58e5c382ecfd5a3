package dev.weather.web.view;

/**
 * Wind as the page prints it: "SW 8 to 14 mph", or "calm" when NWS gives neither direction nor
 * speed.
 */
final class Wind {

  private Wind() {}

  static String text(String direction, String speed) {
    String wind =
        ((direction == null ? "" : direction) + " " + (speed == null ? "" : speed)).strip();
    return wind.isEmpty() ? "calm" : wind;
  }
}
