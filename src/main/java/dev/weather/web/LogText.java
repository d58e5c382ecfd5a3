package dev.weather.web;

/**
 * Text a request controls goes into the log as it came (still percent-encoded), but never at any
 * length.
 */
final class LogText {

  static final int MAX = 100;

  private LogText() {}

  static String cap(String text) {
    return text == null || text.length() <= MAX ? text : text.substring(0, MAX) + "…";
  }
}
