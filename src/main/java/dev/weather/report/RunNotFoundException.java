package dev.weather.report;

/**
 * No run is known under that address: not an ID this app makes, never started, or forgotten (the
 * embedded Temporal server forgets its runs when the app stops).
 */
public class RunNotFoundException extends RuntimeException {

  public RunNotFoundException() {
    super("no such run");
  }
}
